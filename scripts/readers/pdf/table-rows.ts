/** Recognises table rows (cells separated by a wide empty channel) and groups their lines into rows. */
import type { LineCell, PageLine } from "./types.ts";

/** An empty vertical channel at least this many ems wide separates two columns. */
const CHANNEL_EM = 0.6;

/** Whether a run of lines has two or more columns: a line split at a wide gap, or lines side by side. */
export function isTableGroup(lines: PageLine[]): boolean {
  return lines.some((line) => line.cells.length > 1) || columnsOf(lines).length >= 2;
}

/** The columns of a run of lines, as [left, right] intervals: the union of the cells' extents, split at wide channels. */
export function columnsOf(lines: PageLine[]): [number, number][] {
  const spans = lines
    .flatMap((line) => line.cells.map((cell, i): [number, number, number] => [i === 0 ? line.x : cell.x, cell.right, line.size]))
    .sort((a, b) => a[0] - b[0]);
  const columns: [number, number][] = [];
  for (const [left, right, size] of spans) {
    const last = columns[columns.length - 1];
    if (last && left - last[1] < CHANNEL_EM * size) last[1] = Math.max(last[1], right);
    else columns.push([left, right]);
  }
  return columns;
}

/**
 * Splits a table's lines into rows. A gap clearly wider than the tightest one in the table ends a row;
 * so does a line with several cells (or a marker) once the current row has one.
 */
export function splitTableRows(lines: PageLine[]): PageLine[][] {
  const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
  const tightest = Math.min(...gaps);
  const rows: PageLine[][] = [];
  let current: PageLine[] = [];
  let currentHasMultiCell = false;
  lines.forEach((line, i) => {
    const multiCell = line.cells.length > 1;
    const wideGap = i > 0 && gaps[i - 1]! > 1.4 * tightest;
    const startsRow = wideGap || (multiCell && currentHasMultiCell) || (line.marker !== null && current.length > 0);
    if (startsRow && current.length > 0) {
      rows.push(current);
      current = [];
      currentHasMultiCell = false;
    }
    current.push(line);
    currentHasMultiCell ||= multiCell;
  });
  if (current.length > 0) rows.push(current);
  return rows;
}

/** The text of each column of a table row, top to bottom, in column order. */
export function rowCells(row: PageLine[], join: (left: string, right: string) => string): string[] {
  const starts = columnStarts(row);
  const texts = starts.map(() => "");
  for (const line of row) {
    line.cells.forEach((cell: LineCell, i) => {
      const left = i === 0 ? line.x : cell.x;
      let column = 0;
      starts.forEach((start, k) => {
        if (start <= left + 0.5 * line.size) column = k;
      });
      texts[column] = join(texts[column]!, cell.text);
    });
  }
  return texts.filter((text) => text !== "");
}

/** Left edges of a row's columns: cell starts within an em of each other are one column. */
function columnStarts(row: PageLine[]): number[] {
  const lefts = row
    .flatMap((line) => line.cells.map((cell, i) => ({ left: i === 0 ? line.x : cell.x, size: line.size })))
    .sort((a, b) => a.left - b.left);
  const starts: number[] = [];
  for (const { left, size } of lefts) {
    const last = starts[starts.length - 1];
    if (last === undefined || left - last > size) starts.push(left);
  }
  return starts;
}
