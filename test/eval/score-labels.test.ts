import { describe, expect, test } from "vitest";
import { sameSet, scoreExact, scoreLabelSets } from "../../scripts/eval/score-labels.ts";

describe("theme scoring (micro over matched pairs)", () => {
  test("counts each label of each pair once", () => {
    const score = scoreLabelSets([
      { gold: ["strategy-discussions", "health"], predicted: ["strategy-discussions"] }, // tp 1, fn 1
      { gold: ["mash"], predicted: ["mash", "thresholds"] }, // tp 1, fp 1
      { gold: [], predicted: [] }, // nothing
    ]);
    expect(score).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.f1).toBeCloseTo(2 / 3);
  });

  test("ignores a label repeated within one finding", () => {
    expect(scoreLabelSets([{ gold: ["mash"], predicted: ["mash", "mash"] }]).f1).toBe(1);
  });

  test("pairs with no labels on either side score 1 (nothing to get wrong)", () => {
    expect(scoreLabelSets([{ gold: [], predicted: [] }]).f1).toBe(1);
  });
});

describe("exact-set fields (finding authorities, good practice)", () => {
  test.each([
    [["E10000016"], ["E10000016"], true],
    [["E09000008", "E08000036"], ["E08000036", "E09000008"], true],
    [["E10000016"], [], false],
    [[], [], true],
  ])("%j vs %j -> %s", (a, b, expected) => {
    expect(sameSet(a, b)).toBe(expected);
  });

  test("accuracy is the share of pairs that are equal", () => {
    const score = scoreExact(
      [
        { gold: true, predicted: true },
        { gold: false, predicted: true },
      ],
      (a, b) => a === b,
    );
    expect(score).toEqual({ right: 1, total: 2, accuracy: 0.5 });
  });
});
