/**
 * Where a sentence's features are gathered as they fire: by name (every feature, as training reads them),
 * or by the vocabulary's numbers (only what the models read, as extraction scores them). Either way a
 * feature's value is the sum of what fired it, capped at 1, and its source is where it first fired.
 */
import type { FeatureVocabulary } from "./feature-vocabulary.ts";
import type { RuleVerdict } from "./rule-verdict.ts";
import type { FeatureSource, SentenceFeatures } from "./sentence-features.ts";

/** Gathers features under keys of type K (a name, or a vocabulary number). */
export interface FeatureSink<K> {
  /** The key of the feature `name`, or undefined when it is not kept. */
  key(name: string): K | undefined;
  /** Add `value` to the feature `key`; true the first time it fires (the caller then records its source). */
  add(key: K, value: number): boolean;
  /** Record where the feature `key` fired first. */
  source(key: K, source: FeatureSource): void;
  /** The features gathered, with the rules' verdict. */
  result(rules: RuleVerdict): SentenceFeatures;
}

/** Every feature by name. */
export class NamedSink implements FeatureSink<string> {
  readonly #values = new Map<string, number>();
  readonly #sources = new Map<string, FeatureSource>();

  key(name: string): string {
    return name;
  }

  add(name: string, value: number): boolean {
    const had = this.#values.get(name);
    this.#values.set(name, had === undefined ? Math.min(1, value) : Math.min(1, had + value));
    return had === undefined;
  }

  source(name: string, source: FeatureSource): void {
    this.#sources.set(name, source);
  }

  result(rules: RuleVerdict): SentenceFeatures {
    return { values: this.#values, sources: this.#sources, rules };
  }
}

/** A sentence's features as the vocabulary numbers them, in the order they first fired. */
export interface ListedFeatures {
  vocabulary: FeatureVocabulary;
  ids: number[];
  amounts: number[];
  sources: FeatureSource[];
}

// Per vocabulary, each feature's place in the sentence's lists (-1 when it has not fired): set as features fire
// and cleared at the end of the sentence, so finding a feature again costs an array read, not a hash.
const SLOTS = new WeakMap<FeatureVocabulary, Int32Array>();

/** Only the vocabulary's features, by number. */
export class ListedSink implements FeatureSink<number> {
  readonly #vocabulary: FeatureVocabulary;
  readonly #slots: Int32Array;
  readonly #ids: number[] = [];
  readonly #amounts: number[] = [];
  readonly #sources: FeatureSource[] = [];

  constructor(vocabulary: FeatureVocabulary) {
    this.#vocabulary = vocabulary;
    let slots = SLOTS.get(vocabulary);
    if (!slots) SLOTS.set(vocabulary, (slots = new Int32Array(vocabulary.size).fill(-1)));
    this.#slots = slots;
  }

  key(name: string): number | undefined {
    const id = this.#vocabulary.id(name);
    return id < 0 ? undefined : id;
  }

  add(id: number, value: number): boolean {
    const slot = this.#slots[id]!;
    if (slot >= 0) {
      this.#amounts[slot] = Math.min(1, this.#amounts[slot]! + value);
      return false;
    }
    this.#slots[id] = this.#ids.length;
    this.#ids.push(id);
    this.#amounts.push(Math.min(1, value));
    return true;
  }

  source(id: number, source: FeatureSource): void {
    this.#sources[this.#slots[id]!] = source;
  }

  result(rules: RuleVerdict): SentenceFeatures {
    for (const id of this.#ids) this.#slots[id] = -1;
    return new NamedView({ vocabulary: this.#vocabulary, ids: this.#ids, amounts: this.#amounts, sources: this.#sources }, rules);
  }
}

/** Listed features that also answer by name (maps built on first asking: scoring reads the lists). */
class NamedView implements SentenceFeatures {
  readonly listed: ListedFeatures;
  readonly rules: RuleVerdict;
  #values: Map<string, number> | undefined;
  #sources: Map<string, FeatureSource> | undefined;

  constructor(listed: ListedFeatures, rules: RuleVerdict) {
    this.listed = listed;
    this.rules = rules;
  }

  get values(): Map<string, number> {
    const { vocabulary, ids, amounts } = this.listed;
    return (this.#values ??= new Map(ids.map((id, i) => [vocabulary.names[id]!, amounts[i]!])));
  }

  get sources(): Map<string, FeatureSource> {
    const { vocabulary, ids, sources } = this.listed;
    return (this.#sources ??= new Map(ids.map((id, i) => [vocabulary.names[id]!, sources[i]!])));
  }
}
