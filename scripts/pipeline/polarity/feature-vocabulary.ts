/**
 * The feature names the models read, indexed for the word features: a sentence has dozens of words
 * and word pairs, few of them in any model, and building each name ("b:well_supported") only to find
 * it missing costs more than the rest of scoring. Lookups by the words themselves answer with the
 * model's own name string, or nothing.
 */

/** The models' feature names, with the word families indexed by their words. */
export class FeatureVocabulary {
  readonly #names: ReadonlySet<string>;
  /** family ("w", "not", "first", "heading") → word → the feature's name. */
  readonly #words = new Map<string, Map<string, string>>();
  /** first word → second word → the pair feature's name ("b:first_second"). */
  readonly #pairs = new Map<string, Map<string, string>>();

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
        if (split < 0) continue;
        let seconds = this.#pairs.get(rest.slice(0, split));
        if (!seconds) this.#pairs.set(rest.slice(0, split), (seconds = new Map()));
        seconds.set(rest.slice(split + 1), name);
      } else {
        let words = this.#words.get(family);
        if (!words) this.#words.set(family, (words = new Map()));
        words.set(rest, name);
      }
    }
  }

  /** Whether a model reads the feature `name`. */
  has(name: string): boolean {
    return this.#names.has(name);
  }

  /** The name of the feature `family:word` if a model reads it. */
  word(family: string, word: string): string | undefined {
    return this.#words.get(family)?.get(word);
  }

  /** The name of the pair feature `b:first_second` if a model reads it. */
  pair(first: string, second: string): string | undefined {
    return this.#pairs.get(first)?.get(second);
  }
}
