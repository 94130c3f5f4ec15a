/** The document's structure as the contract gives it: what the site needs to show the text. */
import type { Block } from "../../src/schemas/document.ts";
import type { FlatBlock } from "./structure/flatten-blocks.ts";

/** Blocks in order: headings (the title at depth 1), paragraphs, list items, furniture. */
export function documentBlocks(blocks: FlatBlock[]): Block[] {
  return blocks.map((b) => {
    const role = b.data.role;
    if (role === "title") return { type: "heading", start: b.start, end: b.end, depth: 1 };
    if (role === "heading") return { type: "heading", start: b.start, end: b.end, depth: b.node.type === "heading" ? Math.max(2, b.node.depth) : 2 };
    if (role === "furniture") return { type: "furniture", start: b.start, end: b.end };
    return { type: b.inList ? "list-item" : "paragraph", start: b.start, end: b.end };
  });
}
