import { describe, expect, test } from "vitest";
import { matchFindings, textsMatch, wordOverlap } from "../../scripts/eval/match-findings.ts";
import { foldedWords } from "../../scripts/eval/fold-words.ts";

// Sentences from the Kent focused-visit letter (shared/corpus/seeds/001_…).
const timely = "Most children referred to the 'front door' service receive a timely and appropriate response.";
const risk = "Managers and social workers demonstrate a clear understanding of risk.";
const thresholds = "Thresholds are applied appropriately, with regular and effective management oversight.";

describe("folding", () => {
  test.each([
    ["curly single quotes", "the \u2018front door\u2019 service", "the 'front door' service"],
    ["curly double quotes", "called for \u201Cfront door\u201D services", 'called for "front door" services'],
    ["curly apostrophe inside a word", "children\u2019s services", "children's services"],
    ["en and em dashes", "front\u2013door \u2014 and MASH", "front-door - and mash"],
    ["case and white space", "Most   CHILDREN\n receive", "most children receive"],
  ])("folds %s", (_name, a, b) => {
    expect(foldedWords(a)).toEqual(foldedWords(b));
  });

  test("splits hyphenated words so 'front-door' and 'front door' are the same words", () => {
    expect(foldedWords("front-door procedures")).toEqual(["front", "door", "procedures"]);
  });
});

describe("the 80% rule counts shared words against the longer text", () => {
  // Ten distinct words, so the ratios are exact.
  const ten = "one two three four five six seven eight nine ten";
  test.each([
    ["eight of ten words shared, same length", "one two three four five six seven eight alpha beta", 0.8, true],
    ["seven of ten words shared", "one two three four five six seven alpha beta gamma", 0.7, false],
    ["prediction two words longer (10 of 12)", `${ten} extra words`, 10 / 12, true],
    ["prediction a fragment of eight words", "one two three four five six seven eight", 0.8, true],
    ["prediction a fragment of seven words", "one two three four five six seven", 0.7, false],
  ])("%s", (_name, predicted, overlap, matches) => {
    expect(wordOverlap(ten, predicted)).toBeCloseTo(overlap);
    expect(textsMatch(ten, predicted)).toBe(matches);
  });

  test("counts repeated words as a multiset, not a set", () => {
    expect(wordOverlap("the the the the the", "the cat sat on mat")).toBeCloseTo(0.2);
  });

  test("a sentence with repaired quotes and a lost full stop still matches", () => {
    expect(textsMatch(timely, "Most children referred to the \u2018front door\u2019 service receive a timely and appropriate response")).toBe(true);
  });

  test("two sentences merged into one match neither", () => {
    const merged = `${timely} ${risk}`;
    const result = matchFindings([timely, risk], [merged]);
    expect(result.pairs).toEqual([]);
    expect(result.unmatchedGold).toEqual([0, 1]);
    expect(result.unmatchedPredicted).toEqual([0]);
  });
});

describe("matching is one to one", () => {
  test("a duplicated prediction matches its gold finding once; the copy stays unmatched", () => {
    const result = matchFindings([timely, risk], [risk, timely, timely]);
    expect(result.pairs.map((p) => [p.gold, p.predicted])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(result.unmatchedPredicted).toEqual([2]);
  });

  test("a prediction goes to the gold finding it overlaps best, leaving the other gold finding free", () => {
    const goldA = "one two three four five six seven eight nine ten";
    const goldB = "one two three four five six seven eight nine eleven";
    const predicted = "one two three four five six seven eight nine eleven";
    const result = matchFindings([goldA, goldB], [predicted]);
    expect(result.pairs).toEqual([{ gold: 1, predicted: 0, overlap: 1 }]);
    expect(result.unmatchedGold).toEqual([0]);
  });

  test("ties go to the earlier gold finding, so repeated runs agree", () => {
    const result = matchFindings([thresholds, thresholds], [thresholds]);
    expect(result.pairs.map((p) => p.gold)).toEqual([0]);
    expect(result.unmatchedGold).toEqual([1]);
  });

  test("an empty prediction matches nothing", () => {
    expect(matchFindings([risk], ["", "—"]).pairs).toEqual([]);
  });
});
