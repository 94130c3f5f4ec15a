/**
 * Fit the theme model: for each theme, a logistic regression (ml-logistic-regression, two classes)
 * of "has this theme" over the words and the taxonomy's trigger hits, from zero weights for a fixed
 * number of steps, so the same examples always give the same weights.
 */
import LogisticRegression from "ml-logistic-regression";
import { Matrix } from "ml-matrix";
import type { ThemeModelFile } from "../themes/theme-model.ts";
import { chooseFeatures, type FeatureChoice } from "./choose-features.ts";
import { SparseFeatures } from "./sparse-features.ts";
import type { TrainingExample } from "./training-examples.ts";

/** Theme training options: feature choice, gradient steps and size, and the probability that gives a theme. */
export interface ThemeTraining extends FeatureChoice {
  steps: number;
  learningRate: number;
  threshold: number;
}

/** The options `npm run train` uses (chosen by grouped cross-validation). */
export const DEFAULT_THEME_TRAINING: ThemeTraining = { minDocuments: 3, minCount: 3, maxWords: 1500, steps: 300, learningRate: 0.002, threshold: 0.3 };

/** Train one scorer per theme of `themeIds` on the examples' gold themes. */
export function fitThemes(examples: readonly TrainingExample[], themeIds: readonly string[], options: ThemeTraining = DEFAULT_THEME_TRAINING): ThemeModelFile {
  const features = chooseFeatures(
    examples.map((e) => ({ ...e, features: e.themeFeatures })),
    options,
  );
  const column = new Map(features.map((name, i) => [name, i]));
  const x = SparseFeatures.fromNamed(
    examples.map((e) => e.themeFeatures),
    column,
  );
  const weights = themeIds.map((theme) => {
    const labels = examples.map((e) => (e.themes.includes(theme) ? 1 : 0));
    // A theme no gold finding has gets no scorer worth the name: all weights zero except a firm "no".
    if (!labels.includes(1)) return features.map((name) => (name === "bias" ? -10 : 0));
    const regression = new LogisticRegression({ numSteps: options.steps, learningRate: options.learningRate });
    regression.train(x, Matrix.columnVector(labels));
    // Label 1 ("has the theme") is the library's second scorer, which scores "not label 1": negate it.
    return Array.from(regression.classifiers[1]!.weights.getRow(0), (w) => Math.round(-w * 1e5) / 1e5);
  });
  return {
    model: "themes-binary-logistic",
    classes: [...themeIds],
    threshold: options.threshold,
    features,
    weights,
    training: { options, examples: examples.length },
  };
}
