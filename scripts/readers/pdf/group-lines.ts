/** Groups a page's text runs into visual lines, finds bullet and number markers, and splits table cells at wide gaps. */
import type { LineCell, PageLine, TextRun } from "./types.ts";

/** Glyphs that Ofsted and Word use as bullets, including Symbol/Wingdings private-use code points. */
const BULLET = /^[\u2212\u2022\u2023\u2043\u2219\u00B7\u25AA\u25AB\u25A0\u25A1\u25FC\u25FB\u25FE\u25CF\u25CB\u25E6\u25C6\u25C7\u25BA\u25B8\u25B6\u27A2\u27A4\u2713\u2714\u2756\u2192\u2013\u2014\u2010\u002D\u002A\u006F\u00A7\uF000-\uF0FF\uE000-\uE0FF]$/u;
/** Glyphs that are bullets even when glued to the text ("•text"), unlike "-" or "o". */
const GLUED_BULLET = /^([\u2212\u2022\u25AA\u25A0\u25FC\u25FE\u25CF\u25E6\u27A2\u2756\uF000-\uF0FF])\s*/u;
const NUMBER_MARKER = /^(\d{1,3}(\.\d{1,2})?[.)]|\(\d{1,2}\)|\(?[a-h]\)|\(?(i|ii|iii|iv|v|vi|vii|viii|ix|x)\))$/;

/** Gap (in ems) between two runs of one line above which they are separate cells. */
const CELL_GAP_EM = 2;
/** Gap (in ems) between runs above which a space is inserted. */
const SPACE_GAP_EM = 0.15;

/** Groups runs into lines, top to bottom, each with its cells, marker and dominant font. */
export function groupLines(runs: TextRun[], page: number, isBold: (font: string) => boolean): PageLine[] {
  const rows = clusterByBaseline(runs);
  const lines: PageLine[] = [];
  for (const row of rows) {
    const line = toLine(row, page, isBold);
    if (line) lines.push(line);
  }
  return lines;
}

/** Runs whose baselines lie within half a font size belong to one line; so do raised superscripts. */
function clusterByBaseline(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const run of sorted) {
    let best: (typeof rows)[number] | undefined;
    for (let i = rows.length - 1; i >= 0 && i >= rows.length - 4; i--) {
      const row = rows[i]!;
      if (sameLine(row, run) && (!best || Math.abs(row.y - run.y) < Math.abs(best.y - run.y))) best = row;
    }
    if (!best) {
      rows.push({ y: run.y, size: run.size, runs: [run] });
      continue;
    }
    best.runs.push(run);
    // The baseline of a line is that of its largest text, not of a superscript.
    if (run.text.trim() !== "" && run.size > best.size) [best.y, best.size] = [run.y, run.size];
  }
  return rows.map((row) => dropSuperscripts(dropOverprint(row.runs.sort((a, b) => a.x - b.x)), row));
}

function sameLine(row: { y: number; size: number; runs: TextRun[] }, run: TextRun): boolean {
  const [big, small] = row.size >= run.size ? [row, run] : [run, { ...row, text: row.runs.map((r) => r.text).join("") }];
  const raised = isSuperscriptCandidate(small, big) && small.y >= big.y - 0.1 * big.size;
  const tolerance = raised ? 0.7 * big.size : 0.5 * small.size;
  return Math.abs(row.y - run.y) <= tolerance;
}

/** Smaller text, or a slightly smaller footnote number, may sit raised on a line. */
function isSuperscriptCandidate(small: { size: number; text?: string }, big: { size: number }): boolean {
  if (small.size < 0.85 * big.size) return true;
  return small.size < big.size - 0.4 && FOOTNOTE_MARK.test(small.text ?? "");
}

const FOOTNOTE_MARK = /^\s*[\d*†‡]{1,3}\s*$/;

/** Footnote references are small raised digits; left in, they would glue onto words ("Board1"). */
function dropSuperscripts(runs: TextRun[], line: { y: number; size: number }): TextRun[] {
  return runs.filter(
    (run) => !(FOOTNOTE_MARK.test(run.text) && run.size < line.size - 0.4 && run.y > line.y + 0.15 * line.size),
  );
}

/** Fake bold draws the same text twice, a fraction of a point apart; keep one copy. */
function dropOverprint(runs: TextRun[]): TextRun[] {
  return runs.filter((run, i) => {
    const prev = runs[i - 1];
    return !(prev && prev.text === run.text && Math.abs(prev.x - run.x) < 0.2 * run.size && Math.abs(prev.y - run.y) < 0.2 * run.size);
  });
}

function toLine(runs: TextRun[], page: number, isBold: (font: string) => boolean): PageLine | null {
  const inked = runs.filter((run) => run.text.trim() !== "");
  const first = inked[0];
  if (!first) return null;
  const { size, font } = dominantStyle(inked);
  let body = runs.slice(runs.indexOf(first));
  let marker: PageLine["marker"] = null;
  let textX = first.x;
  const firstText = first.text.trim();
  const next = inked[1];
  const glued = GLUED_BULLET.exec(firstText);
  const spacedFromNext = (run: TextRun | undefined): run is TextRun => {
    if (!run) return false;
    const gap = run.x - (first.x + first.width);
    return gap > 0.2 * first.size || runs.some((r) => r.text.trim() === "" && r.x >= first.x && r.x <= run.x);
  };
  if (BULLET.test(firstText) && spacedFromNext(next)) {
    marker = "bullet";
    body = body.slice(1);
    textX = next.x;
  } else if (glued && firstText.length > glued[0].length) {
    marker = "bullet";
    body = [{ ...first, text: firstText.slice(glued[0].length) }, ...body.slice(1)];
    textX = first.x + (first.width * glued[0].length) / firstText.length;
  } else if (NUMBER_MARKER.test(firstText) && next) {
    marker = "number";
    textX = next.x;
  } else if (/^\d{1,3}\.\s+\S/.test(firstText)) {
    marker = "number";
  }
  const cells = splitCells(body);
  // A paragraph number set apart by a tab is a marker, not a table cell.
  if (marker === "number" && cells.length > 1 && NUMBER_MARKER.test(cells[0]!.text)) {
    const [label, text] = [cells[0]!, cells[1]!];
    cells.splice(0, 2, { text: `${label.text} ${text.text}`, x: label.x, right: text.right });
  }
  const lastCell = cells[cells.length - 1];
  if (!lastCell) return null;
  const firstWord = cells[0]?.text.split(" ")[0] ?? "";
  const firstBodyRun = body.find((run) => run.text.trim() !== "") ?? first;
  const charWidth = firstBodyRun.width / Math.max(1, firstBodyRun.text.length);
  return {
    page,
    y: first.y,
    x: first.x,
    textX,
    right: lastCell.right,
    size,
    font,
    bold: isBold(font),
    marker,
    cells,
    firstWordWidth: firstWord.length * charWidth,
  };
}

/** The size and font carrying most characters of a line. */
function dominantStyle(runs: TextRun[]): { size: number; font: string } {
  const bySize = new Map<number, number>();
  const byFont = new Map<string, number>();
  for (const run of runs) {
    const chars = run.text.trim().length;
    const size = Math.round(run.size * 2) / 2;
    bySize.set(size, (bySize.get(size) ?? 0) + chars);
    byFont.set(run.font, (byFont.get(run.font) ?? 0) + chars);
  }
  return { size: argMax(bySize) ?? 0, font: argMax(byFont) ?? "" };
}

function argMax<K>(counts: Map<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = -1;
  for (const [key, count] of counts) if (count > bestCount) [best, bestCount] = [key, count];
  return best;
}

/** Joins runs into text, starting a new cell where the gap between inked runs is wider than CELL_GAP_EM. */
function splitCells(runs: TextRun[]): LineCell[] {
  const cells: LineCell[] = [];
  let current: LineCell | null = null;
  let pendingSpace = false;
  for (const run of runs) {
    if (run.text.trim() === "") {
      pendingSpace = true;
      continue;
    }
    const gap = current ? run.x - current.right : 0;
    if (!current || gap > CELL_GAP_EM * run.size) {
      current = { text: run.text.replace(/\s+/g, " ").trim(), x: run.x, right: run.x + run.width };
      cells.push(current);
    } else {
      const needsSpace = pendingSpace || gap > SPACE_GAP_EM * run.size || /^\s/.test(run.text);
      const text = run.text.replace(/\s+/g, " ");
      current.text = (needsSpace && !current.text.endsWith(" ") ? `${current.text} ${text.trimStart()}` : current.text + text).trimEnd();
      current.right = Math.max(current.right, run.x + run.width);
    }
    pendingSpace = /\s$/.test(run.text);
  }
  return cells;
}
