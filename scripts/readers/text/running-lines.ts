import { bulletItemText, endsSentence } from "./line-shape.ts";

// How many non-blank lines at the top and bottom of a page may be running headers or footers.
const EDGE_LINES = 3;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,3}(?:\s+(?:of|\/)\s+\d{1,3})?$/i;

/**
 * Removes page furniture from text copied from a PDF, page by page (pages split at form feeds): page numbers,
 * and lines at the top or bottom of pages that recur on another page with only their numbers changed
 * ("Inspection of Barnet local authority children's services", "10 to 14 June 2024 2"). The top of
 * page 1 is kept: it holds the title the running header repeats. Pages are rejoined by a blank line,
 * so a sentence cut by the page break can be re-joined.
 */
export function removePageFurniture(text: string): string {
  const pages = text.split("\f").map((page) => page.split("\n"));
  if (pages.length < 2) return blankRepeatedLines(pages[0] ?? []).join("\n");
  const edges = pages.map(edgeLineIndexes);
  const pagesWithKey = new Map<string, number>();
  pages.forEach((lines, page) => {
    for (const key of new Set(edges[page]?.all.map((i) => keyOf(lines[i] ?? "")))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  });
  return pages
    .map((lines, page) => {
      const edge = edges[page];
      return lines
        .map((line, i) => {
          if (!edge?.all.includes(i)) return line;
          const keepTitle = page === 0 && edge.top.includes(i);
          const furniture = PAGE_NUMBER.test(line.trim()) || (!keepTitle && (pagesWithKey.get(keyOf(line)) ?? 0) >= 2);
          return furniture ? "" : line;
        })
        .join("\n");
    })
    .join("\n\n");
}

function edgeLineIndexes(lines: readonly string[]): { top: number[]; all: number[] } {
  const filled = lines.flatMap((line, i) => (line.trim() ? [i] : []));
  const top = filled.slice(0, EDGE_LINES);
  return { top, all: [...new Set([...top, ...filled.slice(-EDGE_LINES)])] };
}

/**
 * Without form feeds, page furniture shows only as a line that recurs three or more times with only its
 * numbers changed. Only lines of four or more words or bare page numbers qualify, so a repeated "Good"
 * in a judgement table or "Read Full Story" stays for the structure stage to judge.
 */
function blankRepeatedLines(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) if (isFurnitureShaped(line.trim())) counts.set(keyOf(line), (counts.get(keyOf(line)) ?? 0) + 1);
  return lines.map((line) => (isFurnitureShaped(line.trim()) && (counts.get(keyOf(line)) ?? 0) >= 3 ? "" : line));
}

function keyOf(line: string): string {
  return line.trim().toLowerCase().replace(/\s+/g, " ").replace(/\d+/g, "#");
}

function isFurnitureShaped(line: string): boolean {
  if (PAGE_NUMBER.test(line)) return true;
  if (line.length > 120 || endsSentence(line) || bulletItemText(line) !== undefined) return false;
  return line.split(" ").length >= 4;
}
