/**
 * The feature names the models read, indexed for the word features: a sentence has dozens of words
 * and word pairs, few of them in any model, and building each name ("b:well_supported") only to find
 * it missing costs more than the rest of scoring. A word is looked up once, and its entry answers
 * with the model's own name strings for that word alone, negated, first, or paired with the next.
 */

/** The word families a word can fire, each its own feature ("w:timely", "not:timely", "first:timely", "heading:timely"). */
export type WordFamily = "w" | "not" | "first" | "heading";
const FAMILIES: ReadonlySet<string> = new Set<WordFamily>(["w", "not", "first", "heading"]);

/** What the models read of one word: the feature name of each family it fires in a model, and the pairs it opens. */
export interface WordEntry {
  w?: string;
  not?: string;
  first?: string;
  heading?: string;
  /** second word → the pair feature's name ("b:first_second"). */
  pairs: Map<string, string>;
}

/** The models' feature names, with the word families indexed by their words. */
export class FeatureVocabulary {
  readonly #names: ReadonlySet<string>;
  readonly #words = new Map<string, WordEntry>();

  constructor(names: Iterable<string>) {
    const all = new Set(names);
    this.#names = all;
    for (const name of all) {
      const colon = name.indexOf(":");
      if (colon < 0) continue;
      const family = name.slice(0, colon);
      const rest = name.slice(colon + 1);
      if (family === "b") {
        // Words hold no "_" (sentence-features.ts's WORD), so the first "_" splits the pair.
        const split = rest.indexOf("_");
        if (split >= 0) this.#entry(rest.slice(0, split)).pairs.set(rest.slice(split + 1), name);
      } else if (FAMILIES.has(family)) {
        this.#entry(rest)[family as WordFamily] = name;
      }
    }
  }

  #entry(word: string): WordEntry {
    let entry = this.#words.get(word);
    if (!entry) this.#words.set(word, (entry = { pairs: new Map() }));
    return entry;
  }

  /** Whether a model reads the feature `name`. */
  has(name: string): boolean {
    return this.#names.has(name);
  }

  /** What the models read of `word`, if anything. */
  entry(word: string): WordEntry | undefined {
    return this.#words.get(word);
  }
}
