/**
 * Fit the polarity model: multinomial logistic regression (the four labels compete in one softmax)
 * over the chosen features, with an L2 penalty, by fmin's conjugate gradient from zero weights, so
 * the same examples always give the same weights.
 */
import type { Polarity } from "../../src/schemas/finding.ts";
import { POLARITIES } from "../eval/score-polarity.ts";
import type { PolarityModelFile } from "../pipeline/polarity/polarity-model.ts";
import { chooseFeatures, WORD_FAMILIES, type FeatureChoice } from "./choose-features.ts";
import { fitMultinomial } from "./fit-logistic.ts";
import { sparseRows } from "./sparse-rows.ts";
import type { TrainingExample } from "./training-examples.ts";

/** Training options: feature choice, penalties and iterations, and how much more rarer labels count. */
export interface PolarityTraining extends FeatureChoice {
  /** The L2 penalty on word features (the sentence's and heading's words and word pairs). */
  l2Words: number;
  /**
   * The L2 penalty on the other features: the rule engine's cues and verdict, the place, the document kind.
   * Lighter than on words: they are the genre's regularities, and carry over to kinds of document the gold
   * holds few of (news, commentary), where words learnt from reports do not.
   */
  l2Structure: number;
  maxIterations: number;
  /** Each example of a rarer label counts as many times as brings its label to this share of the largest label (0 = once). */
  balance: number;
  /**
   * How far the rule engine's verdict is trusted before any example is seen: the penalty on a `rules:` feature
   * pulls its weight towards this much log-odds for the verdict's own label instead of towards 0. The rules
   * encode annotation.md's meaning, so where the gold holds few examples of a kind of sentence (a directive
   * in a news article, say) the model follows them; where it holds many, the examples correct them.
   */
  rulePrior: number;
  /**
   * A document-kind feature learnt from fewer documents than this is held nearer 0: its penalty is `l2Structure` ×
   * this / its documents. The gold holds one commentary, mostly advice, and cross-validation cannot see what that
   * does to every other commentary (the fold that scores it has none to learn from): labels drifted to recommendation.
   */
  kindDocuments: number;
}

/** The options `npm run train` uses (chosen by grouped cross-validation, `npm run eval`). */
export const DEFAULT_TRAINING: PolarityTraining = { minDocuments: 4, minCount: 3, maxWords: 800, l2Words: 20, l2Structure: 1, maxIterations: 400, balance: 0.25, rulePrior: 8, kindDocuments: 20 };

/** Train a polarity model on `examples`; throws when a label has no example (the model could not learn it). */
export function fitPolarity(examples: readonly TrainingExample[], options: PolarityTraining = DEFAULT_TRAINING): PolarityModelFile {
  for (const label of POLARITIES) {
    if (!examples.some((e) => e.polarity === label)) throw new Error(`no training example is labelled ${label}: the gold files must hold every label`);
  }
  const features = chooseFeatures(examples, options);
  const column = new Map(features.map((name, i) => [name, i]));
  const x = sparseRows(
    examples.map((e) => e.features),
    column,
  );
  const counts = countLabels(examples);
  const repeat = labelRepeats(counts, options.balance);
  const weights = fitMultinomial(
    x,
    examples.map((e) => POLARITIES.indexOf(e.polarity)),
    POLARITIES.length,
    examples.map((e) => repeat[e.polarity]),
    penalties(features, examples, options),
    options.maxIterations,
    rulePrior(features, options.rulePrior),
  ).map((row) => row.map(round));
  return {
    model: "polarity-multinomial-logistic",
    classes: [...POLARITIES] as Polarity[],
    features,
    weights,
    training: { options, examples: examples.length, byLabel: counts, counted: repeat },
  };
}

/** The prior mean of each weight (feature × labels + label): `strength` towards the label of each `rules:` verdict, centred over the labels. */
function rulePrior(features: readonly string[], strength: number): Float64Array | undefined {
  if (strength === 0) return undefined;
  const labels = POLARITIES.length;
  const prior = new Float64Array(features.length * labels);
  features.forEach((name, f) => {
    if (!name.startsWith("rules:")) return;
    const k = POLARITIES.indexOf(name.slice(6) as Polarity);
    for (let j = 0; j < labels; j++) prior[f * labels + j] = (j === k ? strength : 0) - strength / labels;
  });
  return prior;
}

/**
 * Each feature's L2 penalty: none on the intercept, `l2Words` on words, `l2Structure` on the rest, except that a
 * document kind learnt from few documents is held nearer 0 (λ grows as `kindDocuments` / its documents): a kind
 * the gold has one or two documents of would otherwise carry their particular mix of labels to every such document.
 */
function penalties(features: readonly string[], examples: readonly TrainingExample[], options: PolarityTraining): number[] {
  const documents = new Map<string, Set<string>>();
  for (const e of examples) {
    for (const name of e.features.keys()) {
      if (!name.startsWith("doc:")) continue;
      const docs = documents.get(name) ?? new Set<string>();
      docs.add(e.doc);
      documents.set(name, docs);
    }
  }
  return features.map((name) => {
    if (name === "bias") return 0;
    if (WORD_FAMILIES.test(name)) return options.l2Words;
    const docs = documents.get(name)?.size ?? 0;
    return name.startsWith("doc:") && docs > 0 ? options.l2Structure * Math.max(1, options.kindDocuments / docs) : options.l2Structure;
  });
}

/** How many times each label's examples count: enough for the label to reach `share` of the largest label. */
function labelRepeats(counts: Record<Polarity, number>, share: number): Record<Polarity, number> {
  const largest = Math.max(...Object.values(counts));
  const out = {} as Record<Polarity, number>;
  for (const label of POLARITIES) out[label] = share <= 0 ? 1 : Math.max(1, Math.ceil((share * largest) / counts[label]));
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
