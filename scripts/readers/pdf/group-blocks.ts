/** Lays a page's lines out into blocks: paragraphs, list items, headings and table rows. */
import type { LayoutStats } from "./layout-stats.ts";
import { isTableGroup, splitTableRows } from "./table-rows.ts";
import type { LayoutBlock, PageLine } from "./types.ts";

/** A gap between baselines this many times the usual leading starts a new block. */
const PARAGRAPH_GAP = 1.25;
const TERMINAL = /[.!?:;]["'”’)]?$/;

/** Splits one page's lines (top to bottom) into blocks. */
export function groupBlocks(lines: PageLine[], stats: LayoutStats): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  for (const group of splitAtGaps(lines, stats)) {
    if (isTableGroup(group)) {
      for (const row of splitTableRows(group)) blocks.push({ kind: "table-row", page: row[0]!.page, lines: row });
    } else {
      blocks.push(...splitParagraphs(group, stats));
    }
  }
  return blocks;
}

/** Runs of lines set at their usual leading; a wider gap or a jump in font size ends a run. */
function splitAtGaps(lines: PageLine[], stats: LayoutStats): PageLine[][] {
  const groups: PageLine[][] = [];
  let current: PageLine[] = [];
  for (const line of lines) {
    const prev = current[current.length - 1];
    const limit = prev ? Math.max(stats.leading(prev.size), stats.leading(line.size)) * PARAGRAPH_GAP : 0;
    if (prev && (prev.y - line.y > limit || Math.abs(prev.size - line.size) > 1)) {
      groups.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Within a run of lines, a marker, a change of style, an indent or a short finished line starts a new block. */
function splitParagraphs(group: PageLine[], stats: LayoutStats): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  let current: PageLine[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(classify(current));
    current = [];
  };
  for (const line of group) {
    const prev = current[current.length - 1];
    if (prev && startsNewBlock(current, prev, line, stats)) flush();
    current.push(line);
  }
  flush();
  return blocks;
}

function startsNewBlock(block: PageLine[], prev: PageLine, line: PageLine, stats: LayoutStats): boolean {
  if (line.marker !== null && !continuesHyphenated(prev, line)) return true;
  if (Math.abs(prev.size - line.size) > 0.5 || prev.bold !== line.bold) return true;
  const em = line.size;
  const first = block[0]!;
  if (block.length === 1) {
    // The second line may sit under the text of a bullet or number, or at the margin.
    if (line.x < first.x - em || line.x > first.textX + em) return true;
  } else if (Math.abs(line.x - block[1]!.x) > em) {
    return true;
  }
  // The next word would have fitted on the previous line, so its break was deliberate.
  const hardBreak = prev.right + 0.3 * em + line.firstWordWidth < stats.rightEdge - em;
  return hardBreak && TERMINAL.test(prev.cells[prev.cells.length - 1]!.text);
}

/** "post-" at a line end followed by "16. ..." is "post-16", not a new numbered paragraph. */
export function continuesHyphenated(prev: PageLine, line: PageLine): boolean {
  return line.marker === "number" && /[A-Za-z]-$/.test(prev.cells[prev.cells.length - 1]!.text);
}

function classify(lines: PageLine[]): LayoutBlock {
  const page = lines[0]!.page;
  if (lines[0]!.marker === "bullet") return { kind: "list-item", page, lines };
  return { kind: "paragraph", page, lines };
}
