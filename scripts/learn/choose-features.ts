/**
 * The features a model keeps: every structural feature (place, cues, directive shapes), and the
 * word features common enough to generalise: seen in at least `minDocuments` training documents
 * and `minCount` sentences, the most frequent `maxWords` of them. Deterministic: ties break by name.
 */
import type { TrainingExample } from "./training-examples.ts";

/** How many word features to keep and how common each must be. */
export interface FeatureChoice {
  minDocuments: number;
  minCount: number;
  maxWords: number;
}

/** The word features' families: the sentence's (and heading's) own words, as against the rules' cues and the place. */
export const WORD_FAMILIES = /^(?:w|not|b|first|heading):/;

/** The feature names to model, structural ones first, each group in a stable order. */
export function chooseFeatures(examples: readonly Pick<TrainingExample, "doc" | "features">[], choice: FeatureChoice): string[] {
  const count = new Map<string, number>();
  const documents = new Map<string, Set<string>>();
  for (const example of examples) {
    for (const name of example.features.keys()) {
      count.set(name, (count.get(name) ?? 0) + 1);
      let docs = documents.get(name);
      if (!docs) documents.set(name, (docs = new Set()));
      docs.add(example.doc);
    }
  }
  const structural = [...count.keys()].filter((name) => !WORD_FAMILIES.test(name)).sort();
  const words = [...count.keys()]
    .filter((name) => WORD_FAMILIES.test(name) && count.get(name)! >= choice.minCount && documents.get(name)!.size >= choice.minDocuments)
    .sort((a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : 1))
    .slice(0, choice.maxWords)
    .sort();
  return [...structural, ...words];
}
