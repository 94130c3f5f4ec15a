/** What each authority shows on a map: its colour class, its value in words and its link. No DOM. */
import type { Grade } from "../../schemas/index.ts";
import type { AuthorityRow } from "../authority-stats.ts";
import { cellOf, type CompareMatrix } from "../compare/compare-matrix.ts";
import { percent, SHARE_BINS, shareBin, strengthShare } from "../compare/share-scale.ts";
import { capitalise, formatDate } from "../labels.ts";
import { documentUrl, searchUrl } from "../urls.ts";

/** One authority on a map (the shape AuthorityMap.astro takes). */
export interface MapValue {
  className: string;
  text: string;
  href: string;
}

/** The grades, best first, as the judgement map's legend lists them. */
export const GRADES: readonly Grade[] = ["outstanding", "good", "requires improvement to be good", "inadequate"];

/** The colour class of a grade ("j-requires-improvement-to-be-good"). */
export function gradeClass(grade: Grade): string {
  return `j-${grade.replace(/\s+/g, "-")}`;
}

/** The judgement map's legend. */
export const JUDGEMENT_LEGEND = GRADES.map((grade) => ({ className: gradeClass(grade), label: capitalise(grade) }));

/** The share map's legend. */
export const SHARE_LEGEND = SHARE_BINS.map((bin) => ({ className: bin.className, label: bin.label }));

/** Each authority's latest overall judgement, linking to the document that gave it; authorities without one are left out. */
export function judgementValues(rows: readonly AuthorityRow[]): Map<string, MapValue> {
  const values = new Map<string, MapValue>();
  for (const row of rows) {
    const latest = row.latestJudgement;
    if (!latest) continue;
    values.set(row.authority.code, {
      className: gradeClass(latest.grade),
      text: `${capitalise(latest.grade)} (${formatDate(latest.date)})`,
      href: documentUrl(latest.documentId),
    });
  }
  return values;
}

/**
 * Each authority's share of strengths among its strengths and areas to improve on one theme,
 * linking to those findings in the search; authorities with neither are left out.
 */
export function themeShareValues(matrix: CompareMatrix, themeId: string): Map<string, MapValue> {
  const values = new Map<string, MapValue>();
  for (const authority of matrix.authorities) {
    const cell = cellOf(matrix, themeId, authority.code);
    const share = strengthShare(cell.strengths, cell.improvements);
    if (share === null) continue;
    const total = cell.strengths + cell.improvements;
    values.set(authority.code, {
      className: shareBin(share).className,
      text: `${percent(share)} strengths (${cell.strengths} of ${total})`,
      href: searchUrl({ theme: themeId, authority: authority.slug }),
    });
  }
  return values;
}
