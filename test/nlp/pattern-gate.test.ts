import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { PatternGate } from "../../scripts/nlp/pattern-gate.ts";
import { foldSentence } from "../../scripts/pipeline/polarity/fold-sentence.ts";
import { CONTEXT, HEDGES, HIGH_QUANTIFIERS, NEGATIVE, POSITIVE, RECOMMENDATION } from "../../scripts/pipeline/polarity/lexicon.ts";

const hasMatch = (pattern: RegExp, text: string) => new RegExp(pattern.source, pattern.flags.replace("g", "")).test(text);
const openFor = (patterns: RegExp[], text: string) => [...new PatternGate(patterns).open(text)];

describe("PatternGate", () => {
  test("opens the patterns that match a text and closes the others", () => {
    const patterns = [/\bgood\b/g, /\bpoor(?:ly)?\b/g, /\bnot (?:always|yet)\b/g];
    expect(openFor(patterns, "practice is good but not always")).toEqual([1, 0, 1]);
    expect(openFor(patterns, "nothing here")).toEqual([0, 0, 0]);
  });

  test("looks for a word-start pattern only where a word starts", () => {
    // "is" stands inside "this", but \bis\b cannot match there.
    expect(openFor([/\bis\b/g, /is/g], "this")).toEqual([0, 1]);
  });

  test("closes a pattern whose opening stands in the text but not the rarer words it goes on to", () => {
    const patterns = [/\b(?:is|was) (?:\w+ )?(?:told|ordered) to\b/g, /\b(?:\d+|two) (?:were|was) rated\b/g];
    expect(openFor(patterns, "the plan was agreed and 3 were seen")).toEqual([0, 0]);
    expect(openFor(patterns, "the council was firmly told to act and 3 were rated")).toEqual([1, 1]);
  });

  test("keeps open a pattern it cannot read, and a pattern with an opening past ASCII", () => {
    expect(openFor([/x?y/g, /“good/g], "a “good” plan")).toEqual([1, 1]);
    expect(openFor([/x?y/g, /“good/g], "a good plan")).toEqual([1, 0]);
  });

  test("handles texts shorter than any opening", () => {
    expect(openFor([/\bgood\b/g], "")).toEqual([0]);
    expect(openFor([/\bgood\b/g], "g")).toEqual([0]);
  });

  // The gate must never close a pattern that matches: checked over the lexicon on real sentences
  // and on sentences made up from the lexicon's own words, where matches are dense.
  const lexicon = [...NEGATIVE, ...POSITIVE, ...HEDGES, ...RECOMMENDATION, ...CONTEXT].map((e) => e.pattern).concat([HIGH_QUANTIFIERS]);
  const gate = new PatternGate(lexicon);
  const checkAll = (texts: string[]) => {
    let closedMatches = 0;
    let opened = 0;
    let matched = 0;
    for (const text of texts) {
      const open = gate.open(text);
      lexicon.forEach((pattern, i) => {
        const matches = hasMatch(pattern, text);
        if (matches && open[i] === 0) closedMatches++;
        if (matches) matched++;
        opened += open[i]!;
      });
    }
    return { closedMatches, opened, matched };
  };

  test("never closes a lexicon pattern that matches a sentence of the bundled corpus", () => {
    const dir = "content/reports";
    const texts = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), "utf8").split(/(?<=[.!?])\s+/)).map(foldSentence);
    expect(texts.length).toBeGreaterThan(150);
    const { closedMatches, opened } = checkAll(texts);
    expect(closedMatches).toBe(0);
    // And it does close most of them: otherwise it would be no gate.
    expect(opened / (texts.length * lexicon.length)).toBeLessThan(0.25);
  });

  test("never closes a lexicon pattern on made-up sentences dense with its words", () => {
    const words = [...new Set(lexicon.flatMap((p) => p.source.replace(/\\[a-zA-Z]/g, " ").match(/[a-z']+/g) ?? []))];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    // No joiner at all glues a stem to its ending ("inconsisten" + "tly"), as the patterns' groups do.
    const joiners = [" ", " ", " ", " ", "", "", ", ", "-", " '", "\u00a0", "’ "];
    const texts = Array.from({ length: 4_000 }, () => {
      let text = next() < 0.2 ? "" : "the ";
      for (let n = 2 + Math.floor(next() * 12); n > 0; n--) text += words[Math.floor(next() * words.length)]! + joiners[Math.floor(next() * joiners.length)]!;
      return text.trim();
    });
    const { closedMatches, matched } = checkAll(texts);
    expect(closedMatches).toBe(0);
    expect(matched).toBeGreaterThan(3_000);
  });
});
