/** Marks footnotes: the small-print blocks at the foot of a page, below its body text. */
import type { LayoutStats } from "./layout-stats.ts";
import type { LayoutBlock } from "./types.ts";

/** Turns a page's trailing blocks set smaller than the body text into footnotes, so page breaks can join across them. */
export function markFootnotes(pageBlocks: LayoutBlock[], stats: LayoutStats): LayoutBlock[] {
  const isSmall = (block: LayoutBlock) => block.lines.every((line) => line.size <= stats.bodySize - 1);
  let first = pageBlocks.length;
  while (first > 0 && isSmall(pageBlocks[first - 1]!)) first--;
  const hasBodyAbove = pageBlocks.slice(0, first).some((block) => !isSmall(block));
  if (!hasBodyAbove || first === pageBlocks.length) return pageBlocks;
  return pageBlocks.map((block, i) => (i >= first && block.kind === "paragraph" ? { ...block, kind: "footnote" } : block));
}
