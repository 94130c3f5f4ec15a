/**
 * The learned polarity model: multinomial logistic regression over the sentence's features, trained
 * by `npm run train` on the gold files (content/model/polarity.json). Scoring is a sparse dot product
 * per label; the labels' probabilities are the softmax of those scores.
 */
import { z } from "zod";
import { PolaritySchema, type Polarity } from "../../../src/schemas/finding.ts";
import type { ListedFeatures } from "./feature-sink.ts";

/** The model file's shape. */
export const PolarityModelSchema = z.object({
  /** What this file is, so a wrong file fails loudly. */
  model: z.literal("polarity-multinomial-logistic"),
  /** The labels, in the order of `weights`. */
  classes: z.array(PolaritySchema),
  /** Feature names (sentence-features.ts), in the order of each row of `weights`. */
  features: z.array(z.string()),
  /** One row per label: the weight of each feature towards that label (log-odds per unit of feature). */
  weights: z.array(z.array(z.number())),
  /** What the model was trained on and how: gold files with their hashes, counts, training options. */
  training: z.record(z.string(), z.unknown()),
});
export type PolarityModelFile = z.infer<typeof PolarityModelSchema>;

/** A loaded model, with its features indexed and its weights laid out feature by feature for scoring. */
export interface PolarityModel {
  file: PolarityModelFile;
  index: Map<string, number>;
  /**
   * Per feature f, a row of 2 × labels at f × 2 × labels: weights[k][f] for each label k, then the same less the
   * feature's mean weight over the labels (its part in one label against the others). A sentence's few features each
   * add one short run to the labels' scores, and the explanation's parts sit beside it (one cache line a feature, with
   * four labels: the rest of the extraction pushes the model out of the caches between sentences).
   */
  rows: Float64Array;
}

/** A label's score for one sentence, with what each feature contributed to it. */
export interface PolarityScore {
  polarity: Polarity;
  /** The chosen label's probability (normalised over the labels). */
  probability: number;
  /**
   * Each present feature's contribution to the chosen label: value × (its weight for that label − its mean
   * weight over the labels), so a feature that raises every label alike counts for nothing. In the order the
   * features came (read once, by the explanation: no map is worth building).
   */
  contributions: Contributions;
}

/** Features' parts in a decision as parallel lists (three lists, not a small array per feature of every sentence). */
export interface Contributions {
  names: string[];
  parts: number[];
  /** Each feature's place among the sentence's features (what its source is found by). */
  slots: number[];
}

/** Index a model file for scoring; throws naming the problem when the file is malformed. */
export function loadPolarityModel(json: unknown, origin: string): PolarityModel {
  const parsed = PolarityModelSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${origin}: not a polarity model: ${parsed.error.message}`);
  const file = parsed.data;
  if (file.weights.length !== file.classes.length || file.weights.some((row) => row.length !== file.features.length)) {
    throw new Error(`${origin}: the weights do not fit ${file.classes.length} labels × ${file.features.length} features`);
  }
  const labels = file.classes.length;
  const rows = new Float64Array(file.features.length * 2 * labels);
  file.features.forEach((_, f) => {
    const mean = file.weights.reduce((sum, row) => sum + row[f]!, 0) / labels;
    file.weights.forEach((row, k) => {
      rows[f * 2 * labels + k] = row[f]!;
      rows[f * 2 * labels + labels + k] = row[f]! - mean;
    });
  });
  return { file, index: new Map(file.features.map((name, i) => [name, i])), rows };
}

/**
 * Score a sentence's features (by name, or as the vocabulary numbers them): the most probable label among
 * `allowed` (all by default), its probability and each feature's part in it.
 */
export function scorePolarity(model: PolarityModel, features: ReadonlyMap<string, number> | ListedFeatures, allowed?: readonly Polarity[]): PolarityScore {
  const { classes } = model.file;
  const labels = classes.length;
  // The features the model reads, as parallel lists (name, column, value, place among the sentence's features)
  // reused from sentence to sentence: the first `present` entries are this sentence's. (Emptying a list by
  // setting its length to 0 would drop its storage, and refilling it would allocate again.)
  const { names, columns, amounts, slots } = PRESENT;
  let present = 0;
  if (PRESENT.scores.length !== labels) PRESENT.scores = new Float64Array(labels);
  const scores = PRESENT.scores.fill(0);
  const rows = model.rows;
  const stride = 2 * labels;
  if (features instanceof Map) {
    let slot = 0;
    for (const [name, value] of features) {
      const column = model.index.get(name);
      if (column !== undefined) {
        names[present] = name;
        columns[present] = column;
        amounts[present] = value;
        slots[present++] = slot;
      }
      slot++;
    }
  } else {
    const { vocabulary, ids, amounts: values } = features as ListedFeatures;
    const byId = vocabulary.columnsIn(model.index);
    for (let i = 0; i < ids.length; i++) {
      const column = byId[ids[i]!]!;
      if (column < 0) continue;
      names[present] = vocabulary.names[ids[i]!]!;
      columns[present] = column;
      amounts[present] = values[i]!;
      slots[present++] = i;
    }
  }
  for (let i = 0; i < present; i++) {
    const row = columns[i]! * stride;
    const value = amounts[i]!;
    for (let k = 0; k < labels; k++) scores[k]! += rows[row + k]! * value;
  }
  let best = -1;
  for (let k = 0; k < labels; k++) {
    if (allowed && !allowed.includes(classes[k]!)) continue;
    if (best < 0 || scores[k]! > scores[best]!) best = k;
  }
  if (best < 0) throw new Error(`no label of ${classes.join(", ")} is allowed`);
  let total = 0;
  for (let k = 0; k < labels; k++) total += Math.exp(scores[k]! - scores[best]!);
  const contributions: Contributions = { names: [], parts: [], slots: [] };
  for (let i = 0; i < present; i++) {
    const part = rows[columns[i]! * stride + labels + best]! * amounts[i]!;
    if (part === 0) continue;
    contributions.names.push(names[i]!);
    contributions.parts.push(part);
    contributions.slots.push(slots[i]!);
  }
  return { polarity: classes[best]!, probability: 1 / total, contributions };
}

// Scoring runs one sentence at a time, so one set of lists serves every call.
const PRESENT = { names: [] as string[], columns: [] as number[], amounts: [] as number[], slots: [] as number[], scores: new Float64Array(0) };
