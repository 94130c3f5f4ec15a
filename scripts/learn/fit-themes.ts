/**
 * Fit the theme model in two steps, each an L2-regularised logistic regression (fit-logistic.ts):
 * first the part all themes share, over every (sentence, theme) pair: an intercept and whether the
 * triggers found the theme in the sentence, its heading or its neighbours (theme-context.ts); then
 * each theme's own scorer over the words and trigger hits, on top of that shared part. Rare themes
 * (a few dozen gold findings) lean on what the common ones teach about triggers and context.
 */
import { CONTEXT_PLACES } from "../themes/theme-context.ts";
import { sharedScores, type ThemeModelFile } from "../themes/theme-model.ts";
import { chooseFeatures, type FeatureChoice } from "./choose-features.ts";
import { fitBinary, type LogisticFit } from "./fit-logistic.ts";
import { sparseRows } from "./sparse-rows.ts";
import type { TrainingExample } from "./training-examples.ts";

/** Theme training options: feature choice, each step's penalty and iterations, and the probabilities that give a theme. */
export interface ThemeTraining extends FeatureChoice {
  shared: LogisticFit;
  own: LogisticFit;
  threshold: number;
  /** The share of the sentence's likeliest theme's probability a theme must also reach. */
  relative: number;
}

/** The options `npm run train` uses (chosen by grouped cross-validation). */
export const DEFAULT_THEME_TRAINING: ThemeTraining = {
  minDocuments: 3,
  minCount: 3,
  maxWords: 3000,
  shared: { l2: 0.01, maxIterations: 200 },
  own: { l2: 3, maxIterations: 200 },
  threshold: 0.2,
  relative: 0.4,
};

/** Train the shared part and one scorer per theme of `themeIds` on the examples' gold themes. */
export function fitThemes(examples: readonly TrainingExample[], themeIds: readonly string[], options: ThemeTraining = DEFAULT_THEME_TRAINING): ThemeModelFile {
  const shared = fitShared(examples, themeIds, options.shared);
  const features = chooseFeatures(
    examples.map((e) => ({ ...e, features: e.themeFeatures })),
    options,
  );
  const column = new Map(features.map((name, i) => [name, i]));
  const x = sparseRows(
    examples.map((e) => e.themeFeatures),
    column,
  );
  const file = { classes: [...themeIds], shared };
  const position = new Map(themeIds.map((theme, t) => [theme, t]));
  const offsets = examples.map((e) => sharedScores(file, e.themeContext, position).z);
  const weights = themeIds.map((theme, t) => {
    const target = examples.map((e) => (e.themes.includes(theme) ? 1 : 0));
    // A theme no gold finding has gets a firm "no" and nothing else.
    if (!target.includes(1)) return features.map((name) => (name === "bias" ? -10 : 0));
    const w = fitBinary(
      x,
      target,
      offsets.map((z) => z[t]!),
      options.own,
      column.get("bias") ?? -1,
    );
    return w.map(round);
  });
  return {
    model: "themes-shared-logistic",
    classes: [...themeIds],
    threshold: options.threshold,
    relative: options.relative,
    shared,
    features,
    weights,
    training: { options, examples: examples.length },
  };
}

/** The shared part: one logistic regression over every (example, theme) pair of an intercept and the context places. */
function fitShared(examples: readonly TrainingExample[], themeIds: readonly string[], fit: LogisticFit): ThemeModelFile["shared"] {
  const column = new Map<string, number>([["bias", 0], ...CONTEXT_PLACES.map((place, i) => [place, i + 1] as [string, number])]);
  const rows: Map<string, number>[] = [];
  const target: number[] = [];
  for (const example of examples) {
    const found = CONTEXT_PLACES.map((place) => new Set(example.themeContext[place].map((tag) => tag.theme)));
    for (const theme of themeIds) {
      const row = new Map<string, number>([["bias", 1]]);
      CONTEXT_PLACES.forEach((place, p) => found[p]!.has(theme) && row.set(place, 1));
      rows.push(row);
      target.push(example.themes.includes(theme) ? 1 : 0);
    }
  }
  const w = fitBinary(sparseRows(rows, column), target, new Array<number>(rows.length).fill(0), fit, 0);
  return { bias: round(w[0]!), places: [...CONTEXT_PLACES], weights: CONTEXT_PLACES.map((_, p) => round(w[p + 1]!)) };
}

/** Weights to five significant decimals: the model file stays small and its bytes stable. */
function round(w: number): number {
  return Math.round(w * 1e5) / 1e5;
}
