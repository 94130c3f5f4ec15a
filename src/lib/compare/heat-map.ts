/**
 * The comparison as a heat map: one row per authority (or region), one column per theme, each cell
 * the share of the row's findings on the theme that are strengths, with its count and link. Built
 * from the comparison matrix (compare-matrix.ts); no DOM.
 */
import { slugify } from "../search/slugify.ts";
import { authorityUrl, searchUrl, sitePath } from "../urls.ts";
import { cellKey, cellOf, regionMatrix, type CompareMatrix, type MatrixCell } from "./compare-matrix.ts";
import { percent, shareBin, strengthShare } from "./share-scale.ts";

/** One cell: counts, share of strengths, its colour class and the findings it links to. */
export interface HeatCell {
  strengths: number;
  improvements: number;
  share: number;
  className: string;
  href: string;
}

/** One row of the heat map: an authority, a region or England. */
export interface HeatRow {
  key: string;
  name: string;
  href: string;
  /** Region slug, for ordering by region (null for a region row or England). */
  region: string | null;
  /** One per column theme; null where the row has no strengths or areas to improve on it. */
  cells: (HeatCell | null)[];
  /** The row's cells summed (a finding on two themes counts twice, as in the cells). */
  total: MatrixCell;
}

export interface HeatMap {
  themes: { id: string; label: string; short: string }[];
  rows: HeatRow[];
}

/** A theme label short enough for a column head: up to a bracket or colon, at most 28 characters, cut between words. */
export function shortLabel(label: string): string {
  const cut = label.split(/\s\(|:/)[0]!.trim();
  if (cut.length <= 28) return cut;
  const head = cut.slice(0, 27);
  const space = head.lastIndexOf(" ");
  return `${(space > 10 ? head.slice(0, space) : head).replace(/[\s,;]+$/, "")}…`;
}

/** The heat map of authorities, in the order of `codes` (default: the matrix's, by name). */
export function authorityHeatMap(matrix: CompareMatrix, codes?: readonly string[]): HeatMap {
  const byCode = new Map(matrix.authorities.map((a) => [a.code, a]));
  const authorities = (codes ?? matrix.authorities.map((a) => a.code)).flatMap((c) => byCode.get(c) ?? []);
  const themes = matrix.themes.filter((t) => authorities.some((a) => matrix.cells.has(cellKey(t.id, a.code))));
  const rows = authorities.map((a) =>
    heatRow(a.code, a.name, authorityUrl(a.slug), a.region ? slugify(a.region) : null, themes.map((t) => {
      const cell = cellOf(matrix, t.id, a.code);
      return { ...cell, href: searchUrl({ theme: t.id, authority: a.slug }) };
    })),
  );
  return { themes: themes.map(withShort), rows };
}

/** The heat map of regions (rows by name), with England's totals as the last row. */
export function regionHeatMap(matrix: CompareMatrix): HeatMap {
  const { regions, cells } = regionMatrix(matrix);
  const rows = regions.map((r) =>
    heatRow(r.slug, r.name, sitePath(`compare/${r.slug}/`), null, matrix.themes.map((t) => {
      const cell = cells.get(cellKey(t.id, r.slug)) ?? { strengths: 0, improvements: 0 };
      return { ...cell, href: searchUrl({ theme: t.id, region: r.slug }) };
    })),
  );
  const england = heatRow("england", "England", sitePath("compare/"), null, matrix.themes.map((t, i) => {
    const sum = { strengths: 0, improvements: 0 };
    for (const row of rows) {
      sum.strengths += row.cells[i]?.strengths ?? 0;
      sum.improvements += row.cells[i]?.improvements ?? 0;
    }
    return { ...sum, href: searchUrl({ theme: t.id }) };
  }));
  return { themes: matrix.themes.map(withShort), rows: [...rows, england] };
}

function withShort(theme: { id: string; label: string }): { id: string; label: string; short: string } {
  return { ...theme, short: shortLabel(theme.label) };
}

function heatRow(key: string, name: string, href: string, region: string | null, counts: (MatrixCell & { href: string })[]): HeatRow {
  const total = { strengths: 0, improvements: 0 };
  const cells = counts.map((c) => {
    total.strengths += c.strengths;
    total.improvements += c.improvements;
    const share = strengthShare(c.strengths, c.improvements);
    return share === null ? null : { ...c, share, className: shareBin(share).className };
  });
  return { key, name, href, region, cells, total };
}

/** A cell's words for a screen reader after its visible count: " findings, 58% strengths". */
export function cellWords(cell: HeatCell): string {
  return ` ${cell.strengths + cell.improvements === 1 ? "finding" : "findings"}, ${percent(cell.share)} strengths`;
}
