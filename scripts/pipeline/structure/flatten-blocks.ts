/** The tree's blocks in reading order, flattened: what the structure rules walk over. */
import { blockData } from "../tree-types.ts";
import type { BlockData, Heading, Paragraph, Root } from "../tree-types.ts";

/** A heading, paragraph or list-item paragraph of the tree. */
export interface FlatBlock {
  node: Heading | Paragraph;
  /** The block's text (the node's single text child). */
  text: string;
  /** True for the paragraph of a list item. */
  inList: boolean;
  /** Offsets into the document text. */
  start: number;
  end: number;
  data: BlockData;
}

/** Flatten the tree into blocks, numbering top-level blocks so list items share their list's index. */
export function flattenBlocks(root: Root): FlatBlock[] {
  const out: FlatBlock[] = [];
  root.children.forEach((child, index) => {
    if (child.type === "heading" || child.type === "paragraph") {
      out.push(flat(child, false, index));
    } else if (child.type === "list") {
      for (const item of child.children) {
        for (const inner of item.children) if (inner.type === "paragraph") out.push(flat(inner, true, index));
      }
    }
  });
  return out;
}

function flat(node: Heading | Paragraph, inList: boolean, index: number): FlatBlock {
  const first = node.children[0];
  const text = first && first.type === "text" ? first.value : "";
  const data = blockData(node);
  data.blockIndex = index;
  return { node, text, inList, start: node.position!.start.offset!, end: node.position!.end.offset!, data };
}
