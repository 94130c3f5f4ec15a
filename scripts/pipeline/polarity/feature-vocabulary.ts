/**
 * The feature names the models read, each with a number, indexed for the word features: a sentence has
 * dozens of words and word pairs, few of them in any model, and building each name ("b:well_supported")
 * only to find it missing costs more than the rest of scoring. A word is looked up once, and its entry
 * answers with the numbers of that word's features alone, negated, first, or paired with the next. A
 * sentence's features are then kept as numbers, and each model reads its columns from an array by number
 * instead of hashing names.
 */
import { PolaritySchema } from "../../../src/schemas/finding.ts";
import { SpanTable } from "../../nlp/span-table.ts";

/** The word families a word can fire, each its own feature ("w:timely", "not:timely", "first:timely", "heading:timely"). */
export type WordFamily = "w" | "not" | "first" | "heading";
const FAMILIES: ReadonlySet<string> = new Set<WordFamily>(["w", "not", "first", "heading"]);

/**
 * What the models read of one word: the feature number of each family it fires in a model, and the pairs it opens.
 * A class with every field set from the start, so that all entries share one shape: the word features read them on
 * every word of every sentence, and entries of a dozen shapes made each read a slow, many-shaped one.
 */
export class WordEntry {
  w: number | undefined = undefined;
  not: number | undefined = undefined;
  first: number | undefined = undefined;
  heading: number | undefined = undefined;
  /** second word → the pair feature's number ("b:first_second"). */
  readonly pairs = new Map<string, number>();
  /** The same by the second word's number (FeatureVocabulary.wordAt). */
  readonly pairsByWord = new Map<number, number>();
}

/** The models' feature names, numbered, with the word families indexed by their words. */
export class FeatureVocabulary {
  /** Each feature's name, by number. */
  readonly names: readonly string[];
  readonly #ids = new Map<string, number>();
  readonly #words = new Map<string, WordEntry>();
  readonly #columns = new WeakMap<ReadonlyMap<string, number>, Int32Array>();
  /** Every word of a word or pair feature, numbered, looked up by its span of a sentence. */
  readonly #wordTable: SpanTable;
  /** Each numbered word's entry. */
  readonly wordEntries: readonly WordEntry[];

  constructor(names: Iterable<string>) {
    // The rules' verdict is a feature whether or not a model reads it (a sentence records it for the next one).
    const all = new Set([...names, ...PolaritySchema.options.map((label) => `rules:${label}`)]);
    this.names = [...all];
    this.names.forEach((name, id) => this.#ids.set(name, id));
    this.names.forEach((name, id) => {
      const colon = name.indexOf(":");
      if (colon < 0) return;
      const family = name.slice(0, colon);
      const rest = name.slice(colon + 1);
      if (family === "b") {
        // Words hold no "_" (sentence-features.ts's WORD), so the first "_" splits the pair.
        const split = rest.indexOf("_");
        if (split >= 0) this.#entry(rest.slice(0, split)).pairs.set(rest.slice(split + 1), id);
      } else if (FAMILIES.has(family)) {
        this.#entry(rest)[family as WordFamily] = id;
      }
    });
    // A pair's second word gets an entry too (perhaps with no feature of its own), so that pairs can be found by number.
    for (const entry of [...this.#words.values()]) for (const second of entry.pairs.keys()) this.#entry(second);
    this.#wordTable = new SpanTable(this.#words.keys());
    this.wordEntries = this.#wordTable.words.map((word) => this.#words.get(word)!);
    for (const entry of this.wordEntries) for (const [second, id] of entry.pairs) entry.pairsByWord.set(this.#wordTable.find(second, 0, second.length), id);
  }

  /** The number of the word `text` holds from `start` to `end` (its place in `wordEntries`), or -1 when no feature reads it. */
  wordAt(text: string, start: number, end: number): number {
    return this.#wordTable.find(text, start, end);
  }

  #entry(word: string): WordEntry {
    let entry = this.#words.get(word);
    if (!entry) this.#words.set(word, (entry = new WordEntry()));
    return entry;
  }

  /** How many features are numbered. */
  get size(): number {
    return this.names.length;
  }

  /** Whether a model reads the feature `name`. */
  has(name: string): boolean {
    return this.#ids.has(name);
  }

  /** The number of the feature `name`, or -1 when no model reads it. */
  id(name: string): number {
    return this.#ids.get(name) ?? -1;
  }

  /** What the models read of `word`, if anything. */
  entry(word: string): WordEntry | undefined {
    return this.#words.get(word);
  }

  /** Each feature's column in a model whose columns are `index` (name → column), -1 where it has none; worked out once per model. */
  columnsIn(index: ReadonlyMap<string, number>): Int32Array {
    let columns = this.#columns.get(index);
    if (!columns) {
      columns = Int32Array.from(this.names, (name) => index.get(name) ?? -1);
      this.#columns.set(index, columns);
    }
    return columns;
  }
}
