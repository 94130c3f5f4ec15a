import { describe, expect, test } from "vitest";
import { matchOpenings, startsAtWordBoundary } from "../../scripts/nlp/match-openings.ts";

const sorted = (set: Set<string> | null) => (set === null ? null : [...set].sort());

describe("matchOpenings", () => {
  test("lists each alternative's first characters, up to the width asked for", () => {
    expect(sorted(matchOpenings(/\b(?:good|very good|excellent)\b/g))).toEqual(["excellen", "good", "very goo"]);
    expect(sorted(matchOpenings(/\b(?:good|very good)\b/g, 2, 3))).toEqual(["goo", "ver"]);
  });

  test("an optional part gives openings with and without it", () => {
    expect(sorted(matchOpenings(/\b(?:highly )?effective/))).toEqual(["effectiv", "highly e"]);
    expect(sorted(matchOpenings(/x?yz/))).toEqual(["xyz", "yz"]);
  });

  test("a small character class is spelt out; \\s, \\w, \\d and . end the opening", () => {
    expect(sorted(matchOpenings(/\bwell[- ]led/))).toEqual(["well led", "well-led"]);
    expect(sorted(matchOpenings(/\bis\s+well/))).toEqual(["is"]);
    expect(sorted(matchOpenings(/\bimpact (?:\S+ ){0,4}ability/))).toEqual(["impact "]);
    expect(sorted(matchOpenings(/^(?:they|we)\b.{0,60}\blooked/))).toEqual(["they", "we"]);
  });

  test("counted repetition is spelt out", () => {
    expect(sorted(matchOpenings(/a{2,3}b/))).toEqual(["aaab", "aab"]);
    expect(sorted(matchOpenings(/(?:ab)+c/, 2, 5))).toEqual(["ababa", "ababc", "abc"]);
  });

  test("assertions and lookarounds take no characters", () => {
    expect(sorted(matchOpenings(/(?<!not )\bgood(?! enough)/))).toEqual(["good"]);
  });

  test("falls back to a narrower width when the wider one would list too many", () => {
    const openings = matchOpenings(/[a-h][a-h][a-h][a-h][a-h]/);
    expect(openings).not.toBeNull();
    expect([...openings!].every((o) => o.length === 3)).toBe(true);
    expect(openings!.size).toBe(512);
  });

  test("is null when a match can be shorter than the narrowest opening, or the pattern is not read", () => {
    expect(matchOpenings(/x?y/)).toBeNull();
    expect(matchOpenings(/\w+ing/)).toBeNull();
    expect(matchOpenings(/good/i)).toBeNull();
    expect(matchOpenings(/[^a]bc/)).toBeNull();
    expect(matchOpenings(/(a)\1/)).toBeNull();
    expect(sorted(matchOpenings(/(ab)\1/))).toEqual(["ab"]);
  });
});

describe("startsAtWordBoundary", () => {
  test("true when every alternative begins with \\b or ^, after any lookbehind", () => {
    expect(startsAtWordBoundary(/\bfoo|\bbar/)).toBe(true);
    expect(startsAtWordBoundary(/(?<!x )\b(?:do|does) not/)).toBe(true);
    expect(startsAtWordBoundary(/^(?:they|we)\b/)).toBe(true);
    expect(startsAtWordBoundary(/(?:\bfoo|\bbar)s/)).toBe(true);
  });

  test("false when some alternative can begin anywhere", () => {
    expect(startsAtWordBoundary(/\bfoo|bar/)).toBe(false);
    expect(startsAtWordBoundary(/foo\b/)).toBe(false);
    expect(startsAtWordBoundary(/\Bfoo/)).toBe(false);
    expect(startsAtWordBoundary(/(?:a)?\bfoo/)).toBe(false);
  });
});
