/** Finds page furniture: running headers and footers that repeat across pages, and page numbers. */
import type { PageLine } from "./types.ts";

/** Share of the page height, at top and bottom, where headers and footers live. */
const MARGIN_BAND = 0.12;
const PAGE_NUMBER = [
  /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^\d{1,4}\s*\|\s*page$/i,
  /^page\s*\|\s*\d{1,4}$/i,
  /^(i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xv)$/i,
];

/** A line's text with digits and spacing normalised, so "Page 3" and "Page 4" compare equal. */
export function furnitureKey(line: PageLine): string {
  return line.cells
    .map((cell) => cell.text)
    .join(" ")
    .toLowerCase()
    .replace(/\d+/g, "#")
    .replace(/[\s|]+/g, " ")
    .trim();
}

/** Whether a line's text is a page number on its own ("3", "Page 3 of 12", "- 3 -"). */
export function isPageNumber(line: PageLine): boolean {
  const text = line.cells.map((cell) => cell.text).join(" ").trim();
  return PAGE_NUMBER.some((pattern) => pattern.test(text));
}

/** Removes running headers, footers and page numbers from each page's lines (top to bottom). */
export function dropPageFurniture(pages: PageLine[][], pageHeights: number[]): PageLine[][] {
  const inMargin = pages.map((lines, i) => lines.map((line, j) => isInMargin(line, j, lines.length, pageHeights[i] ?? 842)));
  const pagesWithKey = new Map<string, Set<number>>();
  pages.forEach((lines, i) =>
    lines.forEach((line, j) => {
      if (!inMargin[i]![j]) return;
      const key = furnitureKey(line);
      const seen = pagesWithKey.get(key) ?? new Set<number>();
      seen.add(i);
      pagesWithKey.set(key, seen);
    }),
  );
  const minRepeats = Math.max(2, Math.ceil(pages.length / 4));
  return pages.map((lines, i) =>
    lines.filter((line, j) => {
      if (!inMargin[i]![j]) return true;
      const repeats = pagesWithKey.get(furnitureKey(line))?.size ?? 0;
      return !(repeats >= minRepeats || isPageNumber(line));
    }),
  );
}

/** Headers and footers sit in the top or bottom band, or are a page's first or last lines. */
function isInMargin(line: PageLine, index: number, count: number, height: number): boolean {
  const edge = index < 2 || index >= count - 2;
  return edge || line.y > height * (1 - MARGIN_BAND) || line.y < height * MARGIN_BAND;
}
