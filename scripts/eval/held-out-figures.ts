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

/** The kinds of document whose polarity is also scored on its own: the gold holds many reports and few of the rest. */
export const KIND_GROUPS: readonly { name: string; kinds: readonly string[] }[] = [
  { name: "reports", kinds: ["inspection-report"] },
  { name: "letters", kinds: ["inspection-letter"] },
  { name: "news and commentary", kinds: ["news", "commentary"] },
];

/** A scored document's kind, as gold gives it. */
function goldKind(score: GoldDocumentScore): string | null {
  const field = score.document.fields.find((f) => f.field === "kind");
  return typeof field?.gold === "string" ? field.gold : null;
}

/**
 * Every figure with its 95% bootstrap interval over documents, and polarity macro-F1 for each group of
 * document kinds on its own ("polarity macro-F1, news and commentary"), resampled within the group.
 */
export function heldOutIntervals(scores: readonly GoldDocumentScore[], resamples = 1000): Record<string, Interval> {
  const intervals = bootstrapIntervals(scores, heldOutFigures, resamples);
  for (const group of KIND_GROUPS) {
    const own = scores.filter((s) => group.kinds.includes(goldKind(s) ?? ""));
    if (own.length === 0) continue;
    const measured = bootstrapIntervals(own, (sample) => ({ value: combineScores(sample).polarity.macroF1 }), resamples);
    intervals[`polarity macro-F1, ${group.name} (${own.length} document${own.length === 1 ? "" : "s"})`] = measured.value!;
  }
  return intervals;
}
