/**
 * The learned theme model (content/model/themes.json, written by `npm run train`). A sentence's score
 * for a theme has two parts: what all themes share (the intercept, and whether the taxonomy's triggers
 * found this theme in the sentence, its heading, or the sentences beside it: theme-context.ts), and
 * the theme's own logistic scorer over the sentence's words, its trigger hits and its neighbours' (a theme
 * learns how far it carries from sentence to sentence). A sentence takes every theme whose probability
 * reaches the model's threshold and is near enough its likeliest theme's.
 */
import stopword from "stopword";
import type { ListedFeatures } from "../pipeline/polarity/feature-sink.ts";
import { z } from "zod";
import { CONTEXT_PLACES, type ThemeContext } from "./theme-context.ts";

/** The model file's shape. */
export const ThemeModelSchema = z.object({
  /** What this file is, so a wrong file fails loudly. */
  model: z.literal("themes-shared-logistic"),
  /** Theme ids, in the order of `weights`. */
  classes: z.array(z.string()),
  /** Probability at or above which a sentence takes a theme. */
  threshold: z.number().min(0).max(1),
  /** A theme must also reach this share of the sentence's likeliest theme's probability: a sentence is about a few things, not every faint one. */
  relative: z.number().min(0).max(1),
  /** The part every theme shares: an intercept and a weight for the theme being found in each place of its context. */
  shared: z.object({ bias: z.number(), places: z.array(z.enum(CONTEXT_PLACES)), weights: z.array(z.number()) }),
  /** Feature names, in the order of each row of `weights`. */
  features: z.array(z.string()),
  /** One row per theme: each feature's weight towards it (log-odds per unit of feature), on top of the shared part. */
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
  /** Each theme's position in `classes`. */
  position: Map<string, number>;
  /** The column of each theme's trigger feature (`trig:<theme>`), or -1 where the model has none. */
  triggerColumn: Int32Array;
  /** The column of each theme's neighbour feature (`nb:<theme>`: a sentence beside this one triggered it), or -1. */
  neighbourColumn: Int32Array;
  /** Per column, 1 for a word feature made only of function words (it names no topic: a reason of last resort). */
  functionWordsOnly: Uint8Array;
  /**
   * A score below which a theme's probability is surely under the threshold (its log-odds, less a margin far
   * above rounding error), so most themes of a sentence are passed over without an exponential; -Infinity when
   * the threshold is 0 or 1.
   */
  surelyBelow: number;
}

/** A theme a sentence takes, with its probability and what weighed most for it: a feature name, or a context place. */
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
  if (file.shared.weights.length !== file.shared.places.length) throw new Error(`${origin}: the shared weights do not fit its ${file.shared.places.length} places`);
  const themes = file.classes.length;
  const byFeature = new Float64Array(file.features.length * themes);
  file.weights.forEach((row, t) => row.forEach((w, f) => (byFeature[f * themes + t] = w)));
  const index = new Map(file.features.map((name, i) => [name, i]));
  const triggerColumn = Int32Array.from(file.classes, (theme) => index.get(`trig:${theme}`) ?? -1);
  const neighbourColumn = Int32Array.from(file.classes, (theme) => index.get(`nb:${theme}`) ?? -1);
  const functionWordsOnly = Uint8Array.from(file.features, (name) => (onlyFunctionWords(name) ? 1 : 0));
  const { threshold } = file;
  const surelyBelow = threshold > 0 && threshold < 1 ? Math.log(threshold / (1 - threshold)) - 1e-6 : -Infinity;
  return { file, index, byFeature, position: new Map(file.classes.map((theme, t) => [theme, t])), triggerColumn, neighbourColumn, functionWordsOnly, surelyBelow };
}

/**
 * The shared part of each theme's score for a sentence in `context`, in the model's theme order, with the
 * place that weighed most. `position` (each theme's index in `classes`) is built when not given.
 */
export function sharedScores(
  file: Pick<ThemeModelFile, "classes" | "shared">,
  context: ThemeContext,
  position: ReadonlyMap<string, number> = new Map(file.classes.map((theme, t) => [theme, t])),
): { z: Float64Array; strongest: (string | null)[]; most: Float64Array } {
  const parts = sharedParts(file.classes.length);
  writeSharedScores(file, context, position, parts);
  return { z: parts.z, strongest: parts.strongest, most: parts.most };
}

/** Where one sentence's shared scores are written: per theme, its score, its weightiest place and that place's weight. */
interface SharedParts {
  z: Float64Array;
  strongest: (string | null)[];
  most: Float64Array;
  /** Per theme, 1 once a place has counted it (a place counts a theme once, however many triggers found it). */
  counted: Uint8Array;
}

function sharedParts(themes: number): SharedParts {
  return { z: new Float64Array(themes), strongest: new Array<string | null>(themes).fill(null), most: new Float64Array(themes), counted: new Uint8Array(themes) };
}

/** Write the shared part of a sentence's scores into `parts`, over whatever they held. */
function writeSharedScores(file: Pick<ThemeModelFile, "shared">, context: ThemeContext, position: ReadonlyMap<string, number>, parts: SharedParts): void {
  const { bias, places, weights } = file.shared;
  const { z, strongest, most, counted } = parts;
  z.fill(bias);
  strongest.fill(null);
  most.fill(0);
  for (let p = 0; p < places.length; p++) {
    const place = places[p]!;
    const tags = context[place];
    if (tags.length === 0) continue;
    counted.fill(0);
    for (const { theme } of tags) {
      const t = position.get(theme);
      if (t === undefined || counted[t]) continue;
      counted[t] = 1;
      z[t]! += weights[p]!;
      if (weights[p]! > most[t]!) [most[t], strongest[t]] = [weights[p]!, `context:${place}`];
    }
  }
}

/** The places beside a sentence whose triggered themes it reads as `nb:` features. */
const NEIGHBOURS = ["previous", "next"] as const;

// Scoring runs one sentence at a time: each model's sentence buffers are made once and reused. The features' columns
// and values are typed arrays (grown when a sentence has more), read in the tight loop below.
interface SentenceBuffers {
  shared: SharedParts;
  triggered: Uint8Array;
  beside: Uint8Array;
  names: string[];
  columns: Int32Array;
  values: Float64Array;
  /** Each theme's trigger and neighbour feature names (`trig:<theme>`, `nb:<theme>`), built once. */
  triggerNames: string[];
  neighbourNames: string[];
}
const buffers = new WeakMap<ThemeModel, SentenceBuffers>();

function buffersOf(model: ThemeModel, size: number): SentenceBuffers {
  let found = buffers.get(model);
  if (!found) {
    const { classes } = model.file;
    const themes = classes.length;
    found = {
      shared: sharedParts(themes),
      triggered: new Uint8Array(themes),
      beside: new Uint8Array(themes),
      names: [],
      columns: new Int32Array(0),
      values: new Float64Array(0),
      triggerNames: classes.map((theme) => `trig:${theme}`),
      neighbourNames: classes.map((theme) => `nb:${theme}`),
    };
    buffers.set(model, found);
  }
  if (found.columns.length < size) [found.columns, found.values] = [new Int32Array(size * 2), new Float64Array(size * 2)];
  return found;
}

/**
 * The themes a sentence gives: its features, by name or as the vocabulary numbers them (the theme model reads
 * the word features among them and ignores the rest), with a trigger feature for each theme its own triggers
 * found and a neighbour feature for each theme the sentences beside it triggered, and its context.
 */
export function scoreThemes(model: ThemeModel, features: ReadonlyMap<string, number> | ListedFeatures, context: ThemeContext): ThemeScore[] {
  const { classes, threshold, relative } = model.file;
  const themes = classes.length;
  const listed = features instanceof Map ? null : (features as ListedFeatures);
  const size = (listed ? listed.ids.length : (features as ReadonlyMap<string, number>).size) + 2 * themes;
  const { shared, triggered, beside, names, columns, values: amounts, triggerNames, neighbourNames } = buffersOf(model, size);
  writeSharedScores(model.file, context, model.position, shared);
  const z = shared.z;
  const byFeature = model.byFeature;
  // The features the model reads, as parallel lists: name, column, value. The first `present` entries are this sentence's.
  let present = 0;
  if (listed === null) {
    for (const [name, value] of features as ReadonlyMap<string, number>) {
      const column = model.index.get(name);
      if (column === undefined) continue;
      names[present] = name;
      columns[present] = column;
      amounts[present++] = value;
    }
  } else {
    // As the vocabulary numbers them: each feature's column is an array read, not a hash of its name.
    const { vocabulary, ids, amounts: values } = listed;
    const byId = vocabulary.columnsIn(model.index);
    for (let i = 0; i < ids.length; i++) {
      const column = byId[ids[i]!]!;
      if (column < 0) continue;
      names[present] = vocabulary.names[ids[i]!]!;
      columns[present] = column;
      amounts[present++] = values[i]!;
    }
  }
  triggered.fill(0);
  for (const { theme } of context.own) {
    const t = model.position.get(theme);
    if (t === undefined || triggered[t]) continue;
    triggered[t] = 1;
    if (model.triggerColumn[t]! < 0) continue;
    names[present] = triggerNames[t]!;
    columns[present] = model.triggerColumn[t]!;
    amounts[present++] = 1;
  }
  beside.fill(0);
  // The two neighbours in turn, without joining their lists (this runs on every sentence).
  for (const tags of NEIGHBOURS) {
    for (const { theme } of context[tags]) {
      const t = model.position.get(theme);
      if (t === undefined || beside[t]) continue;
      beside[t] = 1;
      if (model.neighbourColumn[t]! < 0) continue;
      names[present] = neighbourNames[t]!;
      columns[present] = model.neighbourColumn[t]!;
      amounts[present++] = 1;
    }
  }
  for (let i = 0; i < present; i++) {
    const base = columns[i]! * themes;
    const value = amounts[i]!;
    for (let t = 0; t < themes; t++) z[t]! += byFeature[base + t]! * value;
  }
  let likeliest = -Infinity;
  for (let t = 0; t < themes; t++) if (z[t]! > likeliest) likeliest = z[t]!;
  const floor = Math.max(threshold, relative / (1 + Math.exp(-likeliest)));
  const out: ThemeScore[] = [];
  for (let t = 0; t < themes; t++) {
    if (z[t]! < model.surelyBelow) continue;
    const probability = 1 / (1 + Math.exp(-z[t]!));
    if (probability < floor) continue;
    let strongest = shared.strongest[t] ?? "";
    let most = shared.most[t]!;
    // The weightiest feature about something; only if there is none, the weightiest function word.
    let fallback = "";
    let fallbackPart = 0;
    for (let i = 0; i < present; i++) {
      const column = columns[i]!;
      const part = byFeature[column * themes + t]! * amounts[i]!;
      if (part <= 0 || names[i] === "bias") continue;
      if (model.functionWordsOnly[column] === 0) {
        if (part > most) [most, strongest] = [part, names[i]!];
      } else if (part > fallbackPart) [fallbackPart, fallback] = [part, names[i]!];
    }
    if (strongest === "") strongest = fallback;
    out.push({ theme: classes[t]!, probability, strongest });
  }
  return out;
}

// "be", "for", "the": words that weigh towards a theme in the gold's sentences but name no topic, so they make no
// reason a reader could check. The theme still counts them; its cue names the weightiest word that is about something.
const FUNCTION_WORDS: ReadonlySet<string> = new Set(stopword.eng);

/** True for a word feature ("w:for", "b:to_be") made only of function words. */
function onlyFunctionWords(name: string): boolean {
  const colon = name.indexOf(":");
  const family = name.slice(0, colon);
  if (family !== "w" && family !== "b" && family !== "not") return false;
  return name
    .slice(colon + 1)
    .split("_")
    .every((word) => FUNCTION_WORDS.has(word));
}

/**
 * A sentence's theme features as training sees them: its word features (from the polarity features), a
 * feature per theme its own triggers gave and one per theme its neighbours' triggers gave. scoreThemes
 * reads the same from the sentence's features and context.
 */
export function themeFeatures(sentenceValues: ReadonlyMap<string, number>, context: Pick<ThemeContext, "own" | "previous" | "next">): Map<string, number> {
  const values = new Map<string, number>([["bias", 1]]);
  for (const [name, value] of sentenceValues) if (/^(?:w|b|not|heading):/.test(name)) values.set(name, value);
  for (const tag of context.own) values.set(`trig:${tag.theme}`, 1);
  for (const tags of NEIGHBOURS) for (const tag of context[tags]) values.set(`nb:${tag.theme}`, 1);
  return values;
}
