import type { Extraction } from "../../schemas/extraction.ts";
import { authorityInfo, type AuthorityInfo, type SiteLookup } from "../search/facets.ts";
import { slugify } from "../search/slugify.ts";

/** Strengths and areas to improve that one authority's findings hold on one theme. */
export interface MatrixCell {
  strengths: number;
  improvements: number;
}

/** The theme × authority comparison: rows are themes, columns authorities. */
export interface CompareMatrix {
  themes: { id: string; label: string }[];
  authorities: AuthorityInfo[];
  /** Keyed by `cellKey(themeId, code)`; absent cells are zero. */
  cells: Map<string, MatrixCell>;
}

/** Key of a cell in `CompareMatrix.cells`. */
export function cellKey(themeId: string, code: string): string {
  return `${themeId} ${code}`;
}

/** A cell's counts (zero when the authority has no such findings). */
export function cellOf(matrix: CompareMatrix, themeId: string, code: string): MatrixCell {
  return matrix.cells.get(cellKey(themeId, code)) ?? { strengths: 0, improvements: 0 };
}

/**
 * Counts strengths and areas to improve per theme and authority. A finding counts once in every
 * (theme, authority) pair it carries; recommendations and context are left out. With `regionSlug`,
 * only authorities of that region are kept. Only themes and authorities with a count appear.
 */
export function compareMatrix(extraction: Extraction, lookup: SiteLookup, regionSlug?: string): CompareMatrix {
  // Every comparison page asks for the whole matrix (to list the regions): count it once per extraction.
  const key = regionSlug ?? "";
  let byRegion = matrices.get(extraction);
  if (byRegion?.lookup !== lookup) {
    byRegion = { lookup, matrices: new Map() };
    matrices.set(extraction, byRegion);
  }
  let matrix = byRegion.matrices.get(key);
  if (!matrix) {
    // A region's matrix is the whole one's columns for its authorities: counted once, not once a region.
    matrix = regionSlug === undefined ? countMatrix(extraction, lookup) : regionOf(compareMatrix(extraction, lookup), regionSlug);
    byRegion.matrices.set(key, matrix);
  }
  return matrix;
}

/** The columns of a region's authorities, and the themes they have counts on (the cells are shared). */
function regionOf(matrix: CompareMatrix, regionSlug: string): CompareMatrix {
  const authorities = matrix.authorities.filter((a) => a.region !== null && slugify(a.region) === regionSlug);
  const themes = matrix.themes.filter((t) => authorities.some((a) => matrix.cells.has(cellKey(t.id, a.code))));
  return { themes, authorities, cells: matrix.cells };
}

const matrices = new WeakMap<Extraction, { lookup: SiteLookup; matrices: Map<string, CompareMatrix> }>();

function countMatrix(extraction: Extraction, lookup: SiteLookup): CompareMatrix {
  const cells = new Map<string, MatrixCell>();
  const authorities = new Map<string, AuthorityInfo>();
  const themeIds = new Set<string>();
  for (const doc of extraction.documents) {
    for (const finding of doc.findings) {
      if (finding.polarity !== "strength" && finding.polarity !== "improvement") continue;
      for (const code of new Set(finding.authorities)) {
        const authority = authorityInfo(code, doc, lookup);
        for (const themeId of new Set(finding.themes)) {
          const key = cellKey(themeId, code);
          const cell = cells.get(key) ?? { strengths: 0, improvements: 0 };
          if (finding.polarity === "strength") cell.strengths += 1;
          else cell.improvements += 1;
          cells.set(key, cell);
          authorities.set(code, authority);
          themeIds.add(themeId);
        }
      }
    }
  }
  const themes = [...themeIds].map((id) => ({ id, label: lookup.themeLabels.get(id) ?? id })).sort(byLabel);
  return { themes, authorities: [...authorities.values()].sort(byName), cells };
}

/** Regions of the authorities that have findings, as slug and name, alphabetically. */
export function matrixRegions(matrix: CompareMatrix): { slug: string; name: string }[] {
  const regions = new Map<string, string>();
  for (const a of matrix.authorities) if (a.region) regions.set(slugify(a.region), a.region);
  return [...regions].map(([slug, name]) => ({ slug, name })).sort((a, b) => compare(a.name, b.name));
}

/** "3 strengths", "1 strength". */
export function strengthsText(count: number): string {
  return `${count} ${count === 1 ? "strength" : "strengths"}`;
}

/**
 * The same counts summed by region: a theme × region table for the national view, where one
 * column per authority would be far too wide and heavy.
 */
export function regionMatrix(matrix: CompareMatrix): { regions: { slug: string; name: string }[]; cells: Map<string, MatrixCell> } {
  const regions = matrixRegions(matrix);
  const cells = new Map<string, MatrixCell>();
  for (const a of matrix.authorities) {
    if (!a.region) continue;
    const region = slugify(a.region);
    for (const theme of matrix.themes) {
      const cell = cellOf(matrix, theme.id, a.code);
      if (cell.strengths + cell.improvements === 0) continue;
      const sum = cells.get(cellKey(theme.id, region)) ?? { strengths: 0, improvements: 0 };
      sum.strengths += cell.strengths;
      sum.improvements += cell.improvements;
      cells.set(cellKey(theme.id, region), sum);
    }
  }
  return { regions, cells };
}

/** "1 to improve" (an area to improve, in few words for a table cell). */
export function improvementsText(count: number): string {
  return `${count} to improve`;
}

function byLabel(a: { label: string; id: string }, b: { label: string; id: string }): number {
  return compare(a.label, b.label) || compare(a.id, b.id);
}

function byName(a: AuthorityInfo, b: AuthorityInfo): number {
  return compare(a.name, b.name) || compare(a.code, b.code);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
