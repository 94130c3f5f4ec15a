/**
 * The learned theme model: for each theme, a logistic scorer over the sentence's words and the
 * taxonomy's trigger hits (content/model/themes.json, written by `npm run train`). A sentence takes
 * every theme whose probability reaches the model's threshold.
 */
import { z } from "zod";

/** The model file's shape. */
export const ThemeModelSchema = z.object({
  /** What this file is, so a wrong file fails loudly. */
  model: z.literal("themes-binary-logistic"),
  /** Theme ids, in the order of `weights`. */
  classes: z.array(z.string()),
  /** Probability at or above which a sentence takes a theme. */
  threshold: z.number().min(0).max(1),
  /** Feature names, in the order of each row of `weights`. */
  features: z.array(z.string()),
  /** One row per theme: each feature's weight towards it (log-odds per unit of feature). */
  weights: z.array(z.array(z.number())),
  /** What the model was trained on and how. */
  training: z.record(z.string(), z.unknown()),
});
export type ThemeModelFile = z.infer<typeof ThemeModelSchema>;

/** A loaded theme model with its features indexed, and its weights feature by feature for scoring. */
export interface ThemeModel {
  file: ThemeModelFile;
  index: Map<string, number>;
  /** weights[t][f] stored at f × themes + t: a sentence's few features each add one short run to the themes' sums. */
  byFeature: Float64Array;
}

/** A theme a sentence takes, with its probability and the feature that weighed most for it. */
export interface ThemeScore {
  theme: string;
  probability: number;
  strongest: string;
}

/** Index a theme model file; throws naming the problem when it is malformed. */
export function loadThemeModel(json: unknown, origin: string): ThemeModel {
  const parsed = ThemeModelSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${origin}: not a theme model: ${parsed.error.message}`);
  const file = parsed.data;
  if (file.weights.length !== file.classes.length || file.weights.some((row) => row.length !== file.features.length)) {
    throw new Error(`${origin}: the weights do not fit ${file.classes.length} themes × ${file.features.length} features`);
  }
  const themes = file.classes.length;
  const byFeature = new Float64Array(file.features.length * themes);
  file.weights.forEach((row, t) => row.forEach((w, f) => (byFeature[f * themes + t] = w)));
  return { file, index: new Map(file.features.map((name, i) => [name, i])), byFeature };
}

/** The themes a sentence's features give, in the model's theme order. */
export function scoreThemes(model: ThemeModel, values: ReadonlyMap<string, number>): ThemeScore[] {
  const { classes, threshold, weights } = model.file;
  const themes = classes.length;
  const present: [string, number, number][] = [];
  const z = new Float64Array(themes);
  for (const [name, value] of values) {
    const column = model.index.get(name);
    if (column === undefined) continue;
    present.push([name, column, value]);
    const base = column * themes;
    for (let t = 0; t < themes; t++) z[t]! += model.byFeature[base + t]! * value;
  }
  const out: ThemeScore[] = [];
  for (let t = 0; t < themes; t++) {
    const probability = 1 / (1 + Math.exp(-z[t]!));
    if (probability < threshold) continue;
    let strongest = "";
    let most = 0;
    for (const [name, column, value] of present) {
      const part = weights[t]![column]! * value;
      if (part > most && name !== "bias") [most, strongest] = [part, name];
    }
    out.push({ theme: classes[t]!, probability, strongest });
  }
  return out;
}

/** A sentence's theme features: its word features (from the polarity features) and a feature per theme a trigger gave. */
export function themeFeatures(sentenceValues: ReadonlyMap<string, number>, triggered: readonly { theme: string }[]): Map<string, number> {
  const values = new Map<string, number>([["bias", 1]]);
  for (const [name, value] of sentenceValues) if (/^(?:w|b|not|heading):/.test(name)) values.set(name, value);
  for (const tag of triggered) values.set(`trig:${tag.theme}`, 1);
  return values;
}
