import type { Authority } from "../../schemas/authority.ts";

/** The fields of a finding the side-by-side view needs (a subset of the download rows). */
export interface ComparableFinding {
  id: string;
  text: string;
  polarity: string;
  themes: string[];
  authorities: string[];
  url: string;
}

/** One authority's strengths and areas to improve on one theme. */
export interface SideBySideCell {
  strengths: ComparableFinding[];
  improvements: ComparableFinding[];
}

/** Two to four authorities theme by theme: one row per theme any of them has findings on. */
export interface SideBySide {
  codes: string[];
  rows: { themeId: string; label: string; cells: SideBySideCell[] }[];
}

/** Groups the authorities' strengths and areas to improve by theme, one cell per authority in the given order. */
export function sideBySide(
  codes: readonly string[],
  findings: readonly ComparableFinding[],
  themeLabels: ReadonlyMap<string, string>,
): SideBySide {
  const rows = new Map<string, SideBySideCell[]>();
  const seen = new Set<string>();
  for (const finding of findings) {
    if (finding.polarity !== "strength" && finding.polarity !== "improvement") continue;
    // A finding read from two authorities' files must count once.
    if (seen.has(finding.id)) continue;
    seen.add(finding.id);
    for (const themeId of new Set(finding.themes)) {
      codes.forEach((code, column) => {
        if (!finding.authorities.includes(code)) return;
        let cells = rows.get(themeId);
        if (!cells) {
          cells = codes.map(() => ({ strengths: [], improvements: [] }));
          rows.set(themeId, cells);
        }
        const cell = cells[column];
        if (!cell) return;
        (finding.polarity === "strength" ? cell.strengths : cell.improvements).push(finding);
      });
    }
  }
  const sorted = [...rows]
    .map(([themeId, cells]) => ({ themeId, label: themeLabels.get(themeId) ?? themeId, cells }))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { codes: [...codes], rows: sorted };
}

/**
 * The default comparison for an authority: itself and its nearest statistical neighbours that
 * have findings, then `fallback` authorities (e.g. the same region) when neighbours are too few; four at most.
 */
export function neighbourSet(
  authority: Pick<Authority, "code" | "statisticalNeighbours">,
  hasFindings: ReadonlySet<string>,
  fallback: readonly string[] = [],
  max = 4,
): string[] {
  const chosen = [authority.code];
  for (const code of [...authority.statisticalNeighbours, ...fallback]) {
    if (chosen.length >= max) break;
    if (hasFindings.has(code) && !chosen.includes(code)) chosen.push(code);
  }
  return chosen;
}
