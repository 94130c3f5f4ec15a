/**
 * Fit the polarity model: one-vs-rest logistic regression (ml-logistic-regression) over the chosen
 * features, by gradient descent for a fixed number of steps from zero weights, so the same examples
 * always give the same weights.
 */
import LogisticRegression from "ml-logistic-regression";
import { Matrix } from "ml-matrix";
import { SparseFeatures } from "./sparse-features.ts";
import type { Polarity } from "../../src/schemas/finding.ts";
import { POLARITIES } from "../eval/score-polarity.ts";
import type { PolarityModelFile } from "../pipeline/polarity/polarity-model.ts";
import { chooseFeatures, type FeatureChoice } from "./choose-features.ts";
import type { TrainingExample } from "./training-examples.ts";

/** Training options: feature choice, gradient steps and step size, and how much to repeat rarer labels. */
export interface PolarityTraining extends FeatureChoice {
  steps: number;
  learningRate: number;
  /** Each label's examples are repeated until they are at least this share of the largest label's (0 = as they come). */
  balance: number;
}

/** The options `npm run train` uses (chosen by grouped cross-validation, `npm run eval`). */
export const DEFAULT_TRAINING: PolarityTraining = { minDocuments: 4, minCount: 3, maxWords: 800, steps: 300, learningRate: 0.002, balance: 0.25 };

/** Train a polarity model on `examples`; throws when a label has no example (the model could not learn it). */
export function fitPolarity(examples: readonly TrainingExample[], options: PolarityTraining = DEFAULT_TRAINING): PolarityModelFile {
  for (const label of POLARITIES) {
    if (!examples.some((e) => e.polarity === label)) throw new Error(`no training example is labelled ${label}: the gold files must hold every label`);
  }
  const features = chooseFeatures(examples, options);
  const column = new Map(features.map((name, i) => [name, i]));
  const rows = balanced(examples, options.balance);
  const x = SparseFeatures.fromNamed(
    rows.map((e) => e.features),
    column,
  );
  const y = Matrix.columnVector(rows.map((e) => POLARITIES.indexOf(e.polarity)));
  const regression = new LogisticRegression({ numSteps: options.steps, learningRate: options.learningRate });
  regression.train(x, y);
  // The library scores "not this label" (it codes the label as 0): negate so each row gives the label's log-odds.
  const weights = regression.classifiers.map((classifier) => Array.from(classifier.weights.getRow(0), (w) => round(-w)));
  return {
    model: "polarity-one-vs-rest-logistic",
    classes: [...POLARITIES] as Polarity[],
    features,
    weights,
    training: { options, examples: examples.length, rows: rows.length, byLabel: countLabels(examples) },
  };
}

/** Repeat the examples of rarer labels (whole copies, in order) so each reaches `share` of the largest label. */
function balanced(examples: readonly TrainingExample[], share: number): TrainingExample[] {
  const counts = countLabels(examples);
  const largest = Math.max(...Object.values(counts));
  const out = [...examples];
  for (const label of POLARITIES) {
    const own = examples.filter((e) => e.polarity === label);
    const copies = share <= 0 ? 0 : Math.max(0, Math.ceil((share * largest) / own.length) - 1);
    for (let i = 0; i < copies; i++) out.push(...own);
  }
  return out;
}

function countLabels(examples: readonly TrainingExample[]): Record<Polarity, number> {
  const counts = Object.fromEntries(POLARITIES.map((p) => [p, 0])) as Record<Polarity, number>;
  for (const e of examples) counts[e.polarity]++;
  return counts;
}

/** Weights to five significant decimals: the model file stays small and its bytes stable. */
function round(w: number): number {
  return Math.round(w * 1e5) / 1e5;
}
