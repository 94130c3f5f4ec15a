/** Re-joins paragraphs and list items that a page break cut in two. */
import type { LayoutStats } from "./layout-stats.ts";
import { continuesHyphenated } from "./group-blocks.ts";
import type { LayoutBlock, PageLine } from "./types.ts";

const TERMINAL = /[.!?:;]["'”’)]?$/;

/** Merges the last block of a page into the first of the next when the sentence plainly runs on; footnotes in between stay after it. */
export function mergePageBreaks(blocks: LayoutBlock[], stats: LayoutStats): LayoutBlock[] {
  const merged: LayoutBlock[] = [];
  for (const block of blocks) {
    let target = merged.length - 1;
    while (target >= 0 && merged[target]!.kind === "footnote") target--;
    const prev = merged[target];
    if (prev && runsOn(prev, block, stats)) merged[target] = { ...prev, lines: [...prev.lines, ...block.lines] };
    else merged.push(block);
  }
  return merged;
}

function runsOn(prev: LayoutBlock, next: LayoutBlock, stats: LayoutStats): boolean {
  if (next.page <= prev.lines[prev.lines.length - 1]!.page) return false;
  if (prev.kind !== "paragraph" && prev.kind !== "list-item") return false;
  if (next.kind !== "paragraph") return false;
  const last = prev.lines[prev.lines.length - 1]!;
  const first = next.lines[0]!;
  if ((first.marker !== null && !continuesHyphenated(last, first)) || Math.abs(last.size - first.size) > 0.5 || last.bold !== first.bold) return false;
  const lastText = textOf(last);
  if (TERMINAL.test(lastText)) return false;
  const firstText = textOf(first);
  const continuesLowercase = /^[a-z0-9(]/.test(firstText);
  // The next word did not fit on the last line, so that line wrapped rather than ended.
  const lastLineWrapped = last.right + 0.3 * last.size + first.firstWordWidth >= stats.rightEdge - last.size;
  return continuesLowercase || lastLineWrapped || /[-,]$/.test(lastText);
}

function textOf(line: PageLine): string {
  return line.cells.map((cell) => cell.text).join(" ");
}
