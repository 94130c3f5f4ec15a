/**
 * The numbers the charts draw, computed from findings and documents: no DOM, no SVG, so they are
 * unit-tested directly (test/site/chart-data.test.ts).
 */
import type { ExtractedDocument, Grade } from "../../schemas/index.ts";
import { documentDate, type FindingRef } from "../../lib/finding-ref.ts";

/** One year of a theme's findings. */
export interface YearCounts {
  year: string;
  strength: number;
  improvement: number;
  recommendation: number;
}

/**
 * Strengths, areas to improve and recommendations per year of their document, oldest year first;
 * years between the first and last with none are kept (as zero) so the axis does not skip time.
 * Findings of undated documents are counted in `undated`.
 */
export function findingsByYear(refs: readonly FindingRef[]): { years: YearCounts[]; undated: number } {
  const byYear = new Map<number, YearCounts>();
  let undated = 0;
  for (const { finding, document } of refs) {
    if (finding.polarity === "context") continue;
    const date = documentDate(document);
    if (!date) {
      undated += 1;
      continue;
    }
    const year = Number(date.slice(0, 4));
    const counts = byYear.get(year) ?? { year: String(year), strength: 0, improvement: 0, recommendation: 0 };
    counts[finding.polarity] += 1;
    byYear.set(year, counts);
  }
  const known = [...byYear.keys()];
  if (known.length === 0) return { years: [], undated };
  const years: YearCounts[] = [];
  for (let y = Math.min(...known); y <= Math.max(...known); y += 1) {
    years.push(byYear.get(y) ?? { year: String(y), strength: 0, improvement: 0, recommendation: 0 });
  }
  return { years, undated };
}

/** One graded inspection: its date, document and grades (overall first). */
export interface GradedInspection {
  date: string | null;
  documentId: string;
  title: string;
  /** Grade by short area name; "Overall" is the overall effectiveness. */
  grades: Map<string, Grade>;
}

/** The graded inspections among documents, oldest first, and the areas graded in any of them (Overall first). */
export function gradesOverTime(documents: readonly ExtractedDocument[]): { inspections: GradedInspection[]; areas: string[] } {
  const inspections = documents
    .filter((d) => d.inspection.judgement !== null || d.inspection.judgements.length > 0)
    .map((d) => {
      const grades = new Map<string, Grade>();
      if (d.inspection.judgement) grades.set(OVERALL, d.inspection.judgement);
      for (const j of d.inspection.judgements) if (!grades.has(shortArea(j.area))) grades.set(shortArea(j.area), j.grade);
      return { date: documentDate(d), documentId: d.id, title: d.title, grades };
    })
    .sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.documentId.localeCompare(b.documentId));
  const areas = [OVERALL];
  for (const i of inspections) for (const area of i.grades.keys()) if (!areas.includes(area)) areas.push(area);
  return { inspections, areas: areas.filter((a) => a !== OVERALL || inspections.some((i) => i.grades.has(OVERALL))) };
}

export const OVERALL = "Overall effectiveness";

/** Short names for the areas Ofsted grades, matched on their words (the reports word them in several ways). */
const AREA_NAMES: readonly [RegExp, string][] = [
  [/overall/i, OVERALL],
  [/leader|management and governance/i, "Leadership"],
  [/help and protection/i, "Help and protection"],
  [/care leaver|leaving care/i, "Care leavers"],
  [/adoption/i, "Adoption"],
  [/in care|looked after/i, "Children in care"],
  [/safeguarding (children )?board|lscb/i, "Safeguarding board"],
];

/** A graded area's short name ("The experiences and progress of children in care" → "Children in care"). */
export function shortArea(area: string): string {
  const found = AREA_NAMES.find(([pattern]) => pattern.test(area));
  if (found) return found[1];
  return area.length > 28 ? `${area.slice(0, 27).trimEnd()}…` : area;
}

/** The top of an axis for a largest value: a round step (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8) times a power of ten, at least the value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** One theme's strengths and areas to improve. */
export interface ThemeBalance {
  themeId: string;
  label: string;
  strengths: number;
  improvements: number;
}

/** Strengths and areas to improve per theme among findings, the most findings first (then by label). */
export function themeBalance(refs: readonly FindingRef[], labels: ReadonlyMap<string, string>): ThemeBalance[] {
  const rows = new Map<string, ThemeBalance>();
  for (const { finding } of refs) {
    if (finding.polarity !== "strength" && finding.polarity !== "improvement") continue;
    for (const themeId of new Set(finding.themes)) {
      const row = rows.get(themeId) ?? { themeId, label: labels.get(themeId) ?? themeId, strengths: 0, improvements: 0 };
      if (finding.polarity === "strength") row.strengths += 1;
      else row.improvements += 1;
      rows.set(themeId, row);
    }
  }
  return [...rows.values()].sort(
    (a, b) => b.strengths + b.improvements - (a.strengths + a.improvements) || a.label.localeCompare(b.label, "en-GB"),
  );
}
