/** Measures a document's typography: body font size, line spacing per size, and the text's right edge. */
import type { PageLine } from "./types.ts";

/** What a document's body text looks like, to judge gaps, indents and headings against. */
export interface LayoutStats {
  /** The font size carrying most characters. */
  bodySize: number;
  /** Usual baseline-to-baseline distance for a font size (rounded to 0.5pt). */
  leading: (size: number) => number;
  /** Where full body lines end (90th percentile of their right edges). */
  rightEdge: number;
}

/** Measures body size, leading and right edge over all pages' lines. */
export function measureLayout(pages: PageLine[][]): LayoutStats {
  const charsBySize = new Map<number, number>();
  const gapsBySize = new Map<number, Map<number, number>>();
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const chars = line.cells.reduce((sum, cell) => sum + cell.text.length, 0);
      charsBySize.set(line.size, (charsBySize.get(line.size) ?? 0) + chars);
      const prev = lines[i - 1];
      if (!prev || prev.size !== line.size) return;
      const gap = Math.round((prev.y - line.y) * 2) / 2;
      if (gap < line.size * 0.9 || gap > line.size * 2.2) return;
      const counts = gapsBySize.get(line.size) ?? new Map<number, number>();
      counts.set(gap, (counts.get(gap) ?? 0) + 1);
      gapsBySize.set(line.size, counts);
    });
  }
  const bodySize = mostCommon(charsBySize) ?? 12;
  const leadingBySize = new Map<number, number>();
  for (const [size, counts] of gapsBySize) leadingBySize.set(size, tightestCommonGap(counts) ?? size * 1.2);
  const rights = pages
    .flat()
    .filter((line) => line.size === bodySize && line.cells.length === 1)
    .map((line) => line.right)
    .sort((a, b) => a - b);
  const rightEdge = rights[Math.floor(rights.length * 0.9)] ?? Number.POSITIVE_INFINITY;
  return { bodySize, leading: (size) => leadingBySize.get(size) ?? size * 1.2, rightEdge };
}

/** The smallest gap that recurs: wrapped lines sit closer than list rows or table-of-contents entries of the same size. */
function tightestCommonGap(counts: Map<number, number>): number | undefined {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const common = [...counts].filter(([, count]) => count >= Math.max(2, 0.1 * total)).map(([gap]) => gap);
  return common.length > 0 ? Math.min(...common) : mostCommon(counts);
}

function mostCommon<K>(counts: Map<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = -1;
  for (const [key, count] of counts) if (count > bestCount) [best, bestCount] = [key, count];
  return best;
}
