import { describe, expect, test } from "vitest";
import { effectiveGold, scorePolarity, type PolarityPair } from "../../scripts/eval/score-polarity.ts";

// A tiny hand-made set; the expected figures are worked out in the comments.
const pairs: PolarityPair[] = [
  { gold: "strength", predicted: "strength" },
  { gold: "strength", predicted: "strength" },
  { gold: "strength", predicted: "improvement" },
  { gold: "improvement", predicted: "improvement" },
  // Mixed sentence: the prediction chose `also`, so it counts as a right "improvement".
  { gold: "recommendation", also: "improvement", predicted: "improvement" },
  { gold: "context", predicted: "strength" },
];

describe("polarity scoring", () => {
  const score = scorePolarity(pairs);

  test("accuracy counts a prediction equal to polarity or to also as right (4 of 6)", () => {
    expect(score.correct).toBe(4);
    expect(score.accuracy).toBeCloseTo(4 / 6);
  });

  test("per-class figures count an `also` prediction as the label it chose", () => {
    // strength: 2 right of 3 predicted, 2 of 3 gold.
    expect(score.perClass.strength).toMatchObject({ support: 3, predicted: 3 });
    expect(score.perClass.strength.f1).toBeCloseTo(2 / 3);
    // improvement: 2 right of 3 predicted; both gold improvements found; F1 = 2·(2/3)·1 / (5/3) = 0.8.
    expect(score.perClass.improvement).toMatchObject({ support: 2, predicted: 3, recall: 1 });
    expect(score.perClass.improvement.f1).toBeCloseTo(0.8);
    // recommendation: its only gold item was credited to `also`, and none was predicted.
    expect(score.perClass.recommendation).toMatchObject({ support: 0, predicted: 0, f1: 0 });
    // context: one gold, never predicted.
    expect(score.perClass.context).toMatchObject({ support: 1, predicted: 0, precision: 0, recall: 0, f1: 0 });
  });

  test("macro-F1 averages the classes present in gold or predictions: (2/3 + 0.8 + 0) / 3", () => {
    expect(score.macroF1).toBeCloseTo((2 / 3 + 0.8 + 0) / 3);
  });

  test("lists confusions as gold -> predicted pairs, most frequent first", () => {
    expect(score.confusions).toEqual([
      { gold: "context", predicted: "strength", count: 1 },
      { gold: "strength", predicted: "improvement", count: 1 },
    ]);
  });

  test("a prediction that is neither polarity nor also is scored against polarity", () => {
    expect(effectiveGold({ gold: "improvement", also: "recommendation", predicted: "strength" })).toBe("improvement");
  });

  test("a perfect set scores 1 everywhere it has items", () => {
    const perfect = scorePolarity([
      { gold: "strength", predicted: "strength" },
      { gold: "context", predicted: "context" },
    ]);
    expect(perfect.macroF1).toBe(1);
    expect(perfect.accuracy).toBe(1);
  });

  test("no pairs score 0 rather than NaN", () => {
    expect(scorePolarity([])).toMatchObject({ accuracy: 0, macroF1: 0 });
  });
});
