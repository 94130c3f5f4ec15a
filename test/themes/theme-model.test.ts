import { describe, expect, test } from "vitest";
import { loadThemeModel, scoreThemes } from "../../scripts/themes/theme-model.ts";

const model = loadThemeModel(
  {
    model: "themes-shared-logistic",
    classes: ["mash"],
    threshold: 0.3,
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

