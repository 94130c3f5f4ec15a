/**
 * Decide a sentence's label with the learned polarity model: the rule engine finds the cues (lexicon,
 * negation, contrast, quantifiers, scope patterns), the sentence's place and words join them as
 * features, and the model weighs them all. The cues that weighed most explain the decision.
 */
import type { Cue } from "../../../src/schemas/cue.ts";
import type { Polarity } from "../../../src/schemas/finding.ts";
import { explainDecision } from "./explain-decision.ts";
import type { FeatureVocabulary } from "./feature-vocabulary.ts";
import { findGoodPractice } from "./find-cues.ts";
import { findCuesAcrossQuotes } from "./cues-across-quotes.ts";
import { foldSentence } from "./fold-sentence.ts";
import { scorePolarity, type PolarityModel } from "./polarity-model.ts";
import { isNewsBackground } from "./rule-verdict.ts";
import { sentenceFeatures, type SentenceFeatures, type SentencePlace } from "./sentence-features.ts";

export type { SentencePlace } from "./sentence-features.ts";

/** The classifier's verdict, with the cues that decided it. */
export interface PolarityVerdict {
  polarity: Polarity;
  /** The model's probability for the label. */
  confidence: number;
  cues: Cue[];
  goodPractice: boolean;
  /** The features the model read (the theme model reads their words too). */
  features: SentenceFeatures;
  /** The sentence as the cues were matched on it (foldSentence): a finding's identity reads it too. */
  folded: string;
}

const FORMAL_LABELS: readonly Polarity[] = ["improvement", "recommendation"];

/** Classify one sentence; `vocabulary` (the features any model reads) lets it skip computing the others. */
export function classifyPolarity(text: string, place: SentencePlace, model: PolarityModel, vocabulary?: FeatureVocabulary): PolarityVerdict {
  const folded = foldSentence(text);
  const found = findCuesAcrossQuotes(folded);
  const features = sentenceFeatures(folded, found, place, vocabulary);
  // Under "What needs to improve" or "Recommendations" a finding is an area for improvement or a recommendation
  // (annotation.md): the model chooses between those two there, except for a news article's own background.
  const formal = (place.sectionKind === "improvement" || place.sectionKind === "recommendations") && !isNewsBackground(found, place);
  const score = scorePolarity(model, features.listed ?? features.values, formal ? FORMAL_LABELS : undefined);
  const cues = explainDecision(text, features, score.contributions, score.polarity);
  const goodPractice = goodPracticeCue(text, folded);
  if (goodPractice) cues.push(goodPractice);
  return {
    polarity: score.polarity,
    confidence: Math.round(score.probability * 100) / 100,
    cues,
    goodPractice: goodPractice !== null && score.polarity === "strength",
    features,
    folded,
  };
}

function goodPracticeCue(text: string, folded: string): Cue | null {
  const found = findGoodPractice(folded);
  return found ? { kind: "good-practice", text: text.slice(found.start, found.end), points: "good-practice", weight: 1 } : null;
}
