import type { SeedReport } from "./score-seeds.ts";
import { DOCUMENT_FIELDS } from "./score-documents.ts";

/** One seed target: a figure, the bar it must reach, and whether it does. */
export interface TargetResult {
  name: string;
  value: number;
  /** "≥ 0.95", "= 0", "all right". */
  target: string;
  met: boolean;
}

/** The seed targets of the brief: recall and precision ≥ 0.95, no leaks, polarity macro-F1 ≥ 0.90, theme F1 ≥ 0.80, every document field right. */
export function checkSeedTargets(report: SeedReport): TargetResult[] {
  const atLeast = (name: string, value: number, bar: number): TargetResult => ({
    name,
    value,
    target: `>= ${bar.toFixed(2)}`,
    met: value >= bar,
  });
  const wrongFields = report.documents.flatMap((d) => d.fields.filter((f) => !f.right)).length;
  const totalFields = report.documents.length * DOCUMENT_FIELDS.length;
  return [
    atLeast("finding recall", report.recall, 0.95),
    atLeast("finding precision", report.precision, 0.95),
    { name: "leaks", value: report.leaks.length, target: "= 0", met: report.leaks.length === 0 },
    atLeast("polarity macro-F1", report.polarity.macroF1, 0.9),
    atLeast("theme F1", report.themes.f1, 0.8),
    {
      name: "document fields right",
      value: totalFields === 0 ? 0 : (totalFields - wrongFields) / totalFields,
      target: "= 1.00",
      met: wrongFields === 0,
    },
  ];
}
