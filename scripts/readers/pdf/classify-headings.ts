/** Marks short standalone blocks in a larger or bold font as headings, with a depth by font size. */
import type { LayoutStats } from "./layout-stats.ts";
import type { LayoutBlock } from "./types.ts";

const MAX_HEADING_WORDS = 25;
const MAX_HEADING_LINES = 3;

/** Turns heading-like paragraphs into headings: depth 1 for the biggest heading font. */
export function classifyHeadings(blocks: LayoutBlock[], stats: LayoutStats): LayoutBlock[] {
  const headings = blocks.filter((block) => isHeading(block, stats));
  const sizes = [...new Set(headings.map((block) => block.lines[0]!.size))].sort((a, b) => b - a);
  const headingSet = new Set(headings);
  return blocks.map((block) => {
    if (!headingSet.has(block)) return block;
    const depth = Math.min(6, sizes.indexOf(block.lines[0]!.size) + 1);
    return { ...block, kind: "heading", depth };
  });
}

function isHeading(block: LayoutBlock, stats: LayoutStats): boolean {
  if (block.kind !== "paragraph" || block.lines.length > MAX_HEADING_LINES) return false;
  const first = block.lines[0]!;
  if (first.marker === "number") return false;
  const text = block.lines.map((line) => line.cells.map((cell) => cell.text).join(" ")).join(" ");
  if (text.split(/\s+/).length > MAX_HEADING_WORDS || !/[A-Za-z]/.test(text)) return false;
  const larger = first.size >= stats.bodySize + 1;
  // A bold line ending in a full stop is a lead-in sentence, not a heading.
  return larger || (first.bold && !/\.$/.test(text));
}
