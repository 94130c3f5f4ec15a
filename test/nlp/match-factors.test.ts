import { describe, expect, test } from "vitest";
import { matchFactors } from "../../scripts/nlp/match-factors.ts";
import { CONTEXT, HEDGES, NEGATIVE, POSITIVE, RECOMMENDATION } from "../../scripts/pipeline/polarity/lexicon.ts";

const strings = (pattern: RegExp) => matchFactors(pattern).map((set) => [...set.strings].sort());

describe("matchFactors", () => {
  test("finds the rarer words a pattern goes on to after common ones", () => {
    const [set] = matchFactors(/\b(?:is|was|were) (?:\w+ )?(?:told|ordered) to\b/);
    expect([...set!.strings].sort()).toEqual(["ordered", "told"]);
    // After "(?:\w+ )?" the words still start where a space stood: looked for at words' starts.
    expect(set!.atWordStart).toBe(true);
  });

  test("joins one set from each alternative, and gives none when an alternative has no literal", () => {
    // Strings are cut to 12 characters: a longer prefix is hardly rarer.
    expect(strings(/\blast inspected\b|\b(?:\d+|two) (?:were|was) rated\b/)).toEqual([["last inspect", "rated"]]);
    expect(strings(/\blast inspected\b|\d+/)).toEqual([]);
  });

  test("skips optional parts and files a run opening on a space from its first word", () => {
    // The two longest runs: "council " and then "the " (as long as "said", and first).
    expect(strings(/\bthe (?:very )?council (?:has )?said\b/)).toEqual([["council "], ["the "]]);
    const [set] = matchFactors(/\w+ inspected\b/);
    expect([...set!.strings]).toEqual(["inspected"]);
    expect(set!.atWordStart).toBe(true);
  });

  test("gives nothing for case-insensitive patterns or patterns without literals", () => {
    expect(matchFactors(/\bcouncil\b/i)).toEqual([]);
    expect(matchFactors(/\w+\s+\d+/)).toEqual([]);
  });

  // The property the gate rests on: every match of a lexicon pattern holds a string of each of its sets.
  test("every match of every lexicon pattern holds a string of each set, on sentences dense with its words", () => {
    const lexicon = [...NEGATIVE, ...POSITIVE, ...HEDGES, ...RECOMMENDATION, ...CONTEXT].map((e) => e.pattern);
    const words = [...new Set(lexicon.flatMap((p) => p.source.replace(/\\[a-zA-Z]/g, " ").match(/[a-z']+/g) ?? []))];
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const joiners = [" ", " ", " ", "", ", ", "-", " '"];
    const texts = Array.from({ length: 3_000 }, () => {
      let text = "";
      for (let n = 2 + Math.floor(next() * 12); n > 0; n--) text += words[Math.floor(next() * words.length)]! + joiners[Math.floor(next() * joiners.length)]!;
      return text.trim();
    });
    let checked = 0;
    for (const pattern of lexicon) {
      const sets = matchFactors(pattern);
      for (const text of texts) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
          if (m[0].length === 0) pattern.lastIndex++;
          for (const set of sets) expect([...set.strings].some((s) => text.includes(s)), `${pattern} on "${text}"`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(2_000);
  });
});
