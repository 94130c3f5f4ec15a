/**
 * The learned polarity model: multinomial logistic regression over the sentence's features, trained
 * by `npm run train` on the gold files (content/model/polarity.json). Scoring is a sparse dot product
 * per label; the labels' probabilities are the softmax of those scores.
 */
import { z } from "zod";
import { PolaritySchema, type Polarity } from "../../../src/schemas/finding.ts";

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

/** A loaded model, with its features indexed for scoring. */
export interface PolarityModel {
  file: PolarityModelFile;
  index: Map<string, number>;
}

/** A label's score for one sentence, with what each feature contributed to it. */
export interface PolarityScore {
  polarity: Polarity;
  /** The chosen label's probability (normalised over the labels). */
  probability: number;
  /**
   * Each present feature's contribution to the chosen label: value × (its weight for that label − its mean
   * weight over the labels), so a feature that raises every label alike counts for nothing.
   */
  contributions: Map<string, number>;
}

/** Index a model file for scoring; throws naming the problem when the file is malformed. */
export function loadPolarityModel(json: unknown, origin: string): PolarityModel {
  const parsed = PolarityModelSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${origin}: not a polarity model: ${parsed.error.message}`);
  const file = parsed.data;
  if (file.weights.length !== file.classes.length || file.weights.some((row) => row.length !== file.features.length)) {
    throw new Error(`${origin}: the weights do not fit ${file.classes.length} labels × ${file.features.length} features`);
  }
  return { file, index: new Map(file.features.map((name, i) => [name, i])) };
}

/**
 * Score a sentence's features: the most probable label among `allowed` (all by default), its probability
 * and each feature's part in it.
 */
export function scorePolarity(model: PolarityModel, values: ReadonlyMap<string, number>, allowed?: readonly Polarity[]): PolarityScore {
  const { classes, weights } = model.file;
  const present: [string, number, number][] = [];
  for (const [name, value] of values) {
    const column = model.index.get(name);
    if (column !== undefined) present.push([name, column, value]);
  }
  const scores = weights.map((row) => {
    let z = 0;
    for (const [, column, value] of present) z += row[column]! * value;
    return z;
  });
  const top = Math.max(...scores);
  const probabilities = scores.map((z) => Math.exp(z - top));
  let best = -1;
  for (let c = 0; c < classes.length; c++) {
    if (allowed && !allowed.includes(classes[c]!)) continue;
    if (best < 0 || probabilities[c]! > probabilities[best]!) best = c;
  }
  if (best < 0) throw new Error(`no label of ${classes.join(", ")} is allowed`);
  const total = probabilities.reduce((s, p) => s + p, 0);
  const row = weights[best]!;
  const contributions = new Map<string, number>();
  for (const [name, column, value] of present) {
    const mean = weights.reduce((s, r) => s + r[column]!, 0) / weights.length;
    const part = (row[column]! - mean) * value;
    if (part !== 0) contributions.set(name, part);
  }
  return { polarity: classes[best]!, probability: total === 0 ? 0 : probabilities[best]! / total, contributions };
}
