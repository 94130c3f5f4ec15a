import { describe, expect, test } from "vitest";
import { loadThemeModel, scoreThemes } from "../../scripts/themes/theme-model.ts";

const model = loadThemeModel(
  {
    model: "themes-shared-logistic",
    classes: ["mash"],
    threshold: 0.3,
    relative: 0,
    shared: { bias: 0, places: ["own", "heading", "previous", "next"], weights: [2, 1, 1, 0.5] },
    features: ["bias", "w:be", "w:concerns", "b:to_be"],
    weights: [[-1, 1.5, 0.6, 1.2]],
    training: {},
  },
  "fixture",
);
const none = { own: [], heading: [], previous: [], next: [] };

describe("scoreThemes", () => {
  test("names the weightiest word about something as a theme's reason, not a heavier function word", () => {
    const [score] = scoreThemes(model, new Map([["bias", 1], ["w:be", 1], ["b:to_be", 1], ["w:concerns", 1]]), none);
    expect(score).toMatchObject({ theme: "mash", strongest: "w:concerns" });
  });

  test("falls back to a function word when nothing else weighed for the theme", () => {
    const [score] = scoreThemes(model, new Map([["bias", 1], ["w:be", 1]]), none);
    expect(score).toMatchObject({ theme: "mash", strongest: "w:be" });
  });

  test("names the place in the sentence's surroundings that gave it the theme", () => {
    const [score] = scoreThemes(model, new Map([["bias", 1]]), { ...none, previous: [{ theme: "mash", trigger: "front door" }] });
    expect(score).toMatchObject({ theme: "mash", strongest: "context:previous" });
  });

  test("gives a theme the sentences beside it triggered through its own neighbour weight, and names it as the reason", () => {
    const besides = loadThemeModel(
      {
        model: "themes-shared-logistic",
        classes: ["care-leavers", "children-in-care"],
        threshold: 0.5,
        relative: 0,
        shared: { bias: -2, places: ["own", "heading", "previous", "next"], weights: [3, 0, 0, 0] },
        features: ["bias", "nb:care-leavers"],
        weights: [
          [0, 3],
          [0, -1],
        ],
        training: {},
      },
      "fixture",
    );
    const beside = { ...none, previous: [{ theme: "care-leavers", trigger: "care leaver" }], next: [{ theme: "children-in-care", trigger: "in care" }] };
    expect(scoreThemes(besides, new Map([["bias", 1]]), beside)).toEqual([expect.objectContaining({ theme: "care-leavers", strongest: "nb:care-leavers" })]);
    expect(scoreThemes(besides, new Map([["bias", 1]]), none)).toEqual([]);
  });

  test("drops a theme far less likely than the sentence's likeliest one, however far over the threshold", () => {
    const two = (relative: number) =>
      loadThemeModel(
        {
          model: "themes-shared-logistic",
          classes: ["mash", "thresholds"],
          threshold: 0.2,
          relative,
          shared: { bias: 0, places: ["own", "heading", "previous", "next"], weights: [0, 0, 0, 0] },
          features: ["bias", "w:front"],
          // mash: p ≈ 0.95; thresholds: p ≈ 0.38.
          weights: [
            [0, 3],
            [0, -0.5],
          ],
          training: {},
        },
        "fixture",
      );
    const values = new Map([["bias", 1], ["w:front", 1]]);
    expect(scoreThemes(two(0), values, none).map((s) => s.theme)).toEqual(["mash", "thresholds"]);
    expect(scoreThemes(two(0.5), values, none).map((s) => s.theme)).toEqual(["mash"]);
  });

  test("passes a theme over unscored only where its probability is below the threshold", () => {
    const logOdds = Math.log(0.3 / 0.7);
    expect(model.surelyBelow).toBeLessThan(logOdds);
    for (let k = -2000; k <= 2000; k++) {
      const z = logOdds + k * 1e-9;
      if (z < model.surelyBelow) expect(1 / (1 + Math.exp(-z))).toBeLessThan(0.3);
    }
    // A score just at the threshold still takes the theme: the bias alone, set to the threshold's log-odds.
    const atThreshold = loadThemeModel({ ...model.file, shared: { ...model.file.shared, bias: logOdds }, weights: [[0, 0, 0, 0]] }, "fixture");
    expect(scoreThemes(atThreshold, new Map([["bias", 1]]), none).map((s) => s.theme)).toEqual(
      1 / (1 + Math.exp(-logOdds)) >= 0.3 ? ["mash"] : [],
    );
  });
});

