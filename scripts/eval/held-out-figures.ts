/**
 * The figures the held-out evaluation reports, each with a 95% interval from a bootstrap over
 * documents: finding recall, leaks, polarity (accuracy, macro-F1, per-label P/R/F1), themes,
 * good practice, finding authorities and document fields.
 */
import { POLARITIES } from "./score-polarity.ts";
import { DOCUMENT_FIELDS } from "./score-documents.ts";
import { bootstrapIntervals, type Interval } from "./bootstrap.ts";
import { combineScores, type GoldDocumentScore } from "./score-seeds.ts";

/** The figures of some scored documents, by name (the names the tables and the About page show). */
export function heldOutFigures(scores: readonly GoldDocumentScore[]): Record<string, number> {
  const report = combineScores(scores);
  const figures: Record<string, number> = {
    "finding recall": report.recall,
    leaks: report.leaks.length,
    "polarity accuracy": report.polarity.accuracy,
    "polarity macro-F1": report.polarity.macroF1,
  };
  for (const label of POLARITIES) {
    const c = report.polarity.perClass[label];
    figures[`${label} precision`] = c.precision;
    figures[`${label} recall`] = c.recall;
    figures[`${label} F1`] = c.f1;
  }
  figures["theme precision"] = report.themes.precision;
  figures["theme recall"] = report.themes.recall;
  figures["theme F1"] = report.themes.f1;
  const gp = goodPracticeScore(scores);
  figures["good practice precision"] = gp.precision;
  figures["good practice recall"] = gp.recall;
  figures["good practice F1"] = gp.f1;
  figures["finding authorities"] = report.findingAuthorities.accuracy;
  for (const field of DOCUMENT_FIELDS) figures[`document ${field}`] = report.documentFields[field].accuracy;
  figures["document fields right"] = DOCUMENT_FIELDS.reduce((s, f) => s + report.documentFields[f].accuracy, 0) / DOCUMENT_FIELDS.length;
  return figures;
}

/** Good practice as a detection task: precision and recall of the findings marked as good practice. */
function goodPracticeScore(scores: readonly GoldDocumentScore[]): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scores) {
    for (const pair of s.goodPracticePairs) {
      if (pair.predicted && pair.gold) tp++;
      else if (pair.predicted) fp++;
      else if (pair.gold) fn++;
    }
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Every figure with its 95% bootstrap interval over documents. */
export function heldOutIntervals(scores: readonly GoldDocumentScore[], resamples = 1000): Record<string, Interval> {
  return bootstrapIntervals(scores, heldOutFigures, resamples);
}
