/**
 * Training examples: each gold finding matched (annotation.md's 80% word rule) to the candidate
 * sentence extraction found for it, with that candidate's features and the gold label.
 */
import type { Polarity } from "../../src/schemas/finding.ts";
import { matchFindings } from "../eval/match-findings.ts";
import { findCuesAcrossQuotes } from "../pipeline/polarity/cues-across-quotes.ts";
import { foldSentence } from "../pipeline/polarity/fold-sentence.ts";
import { ruleVerdictOf, sentenceFeatures, type SentenceFeatures } from "../pipeline/polarity/sentence-features.ts";
import type { PreparedGold } from "./gold-corpus.ts";
import { themeContexts, type ThemeContext, type TriggeredTheme } from "../themes/theme-context.ts";
import { themeFeatures } from "../themes/theme-model.ts";

/** One labelled sentence. */
export interface TrainingExample {
  /** The gold document it comes from (folds are grouped by it). */
  doc: string;
  text: string;
  features: Map<string, number>;
  /** The theme model's features: the words and the taxonomy's trigger hits. */
  themeFeatures: Map<string, number>;
  /** The themes the triggers found in the sentence, its heading and its neighbours. */
  themeContext: ThemeContext;
  polarity: Polarity;
  themes: string[];
  goodPractice: boolean;
}

/** The examples of the prepared gold documents, in document then sentence order. */
export function trainingExamples(documents: readonly PreparedGold[], tagThemes: (sentence: string) => TriggeredTheme[]): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (const { gold, prepared } of documents) {
    const candidates = prepared.candidates;
    const match = matchFindings(
      gold.findings.map((f) => f.text),
      candidates.map((c) => c.text),
    );
    // Every candidate's features in order (a sentence reads the rule verdict of the one before it in its paragraph).
    const all: SentenceFeatures[] = [];
    candidates.forEach((candidate, i) => {
      const before = candidates[i - 1];
      const sameBlock = before !== undefined && before.blockIndex === candidate.blockIndex && !candidate.inList;
      const folded = foldSentence(candidate.text);
      all.push(sentenceFeatures(folded, findCuesAcrossQuotes(folded), { ...candidate, docKind: prepared.meta.kind, docGrade: prepared.meta.inspection.judgement, previousVerdict: sameBlock ? ruleVerdictOf(all[i - 1]!) : null }));
    });
    const contexts = themeContexts(candidates, tagThemes);
    const byCandidate = [...match.pairs].sort((a, b) => a.predicted - b.predicted);
    for (const pair of byCandidate) {
      const finding = gold.findings[pair.gold]!;
      const candidate = candidates[pair.predicted]!;
      const features = all[pair.predicted]!;
      examples.push({
        doc: gold.doc,
        text: candidate.text,
        features: features.values,
        themeFeatures: themeFeatures(features.values, contexts[pair.predicted]!),
        themeContext: contexts[pair.predicted]!,
        polarity: finding.polarity,
        themes: finding.themes,
        goodPractice: finding.goodPractice,
      });
    }
  }
  return examples;
}
