/**
 * Stage 0: turn a SourceDocument into an mdast tree of headings, paragraphs and lists.
 * Formats that know their structure (HTML, Markdown, PDF) give block hints; plain text is
 * split into lines, one block a line, and the structure stage decides what each line is.
 */
import type { SourceBlock, SourceDocument } from "../readers/source-document.ts";
import type { Heading, List, ListItem, Paragraph, Root } from "./tree-types.ts";

interface RawBlock {
  type: SourceBlock["type"];
  start: number;
  end: number;
  depth?: number;
}

/** Build the document tree; every node's position offsets point into `source.text`. */
export function buildTree(source: SourceDocument): Root {
  const blocks = source.blocks.length > 0 ? hintedBlocks(source) : lineBlocks(source.text);
  const root: Root = { type: "root", children: [] };
  let list: List | null = null;
  for (const block of blocks) {
    if (block.type === "list-item") {
      if (!list) {
        list = { type: "list", ordered: false, spread: false, children: [], position: span(source.text, block) };
        root.children.push(list);
      }
      const item: ListItem = { type: "listItem", spread: false, children: [paragraph(source.text, block)] };
      item.position = span(source.text, block);
      list.children.push(item);
      list.position!.end = span(source.text, block).end;
      continue;
    }
    list = null;
    root.children.push(block.type === "heading" ? heading(source.text, block) : paragraph(source.text, block));
  }
  return root;
}

/** Blocks from the reader's hints, with any text they leave out added as plain lines. */
function hintedBlocks(source: SourceDocument): RawBlock[] {
  const sorted = [...source.blocks].sort((a, b) => a.start - b.start);
  const out: RawBlock[] = [];
  let cursor = 0;
  for (const block of sorted) {
    if (block.start < cursor) continue;
    // A loop, not push(...): a spread of a huge list overflows the stack.
    if (block.start > cursor) for (const b of lineBlocks(source.text.slice(0, block.start), cursor)) out.push(b);
    out.push(stripBullet(source.text, trimBlock(source.text, block)));
    cursor = block.end;
  }
  for (const b of lineBlocks(source.text, cursor)) out.push(b);
  return out.filter((b) => b.end > b.start);
}

/** One block per non-blank line; "- " lines are list items (the marker is left out of the block). */
export function lineBlocks(text: string, from = 0): RawBlock[] {
  const out: RawBlock[] = [];
  const line = /[^\n]+/g;
  line.lastIndex = from;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    let start = m.index;
    const end = m.index + m[0].length;
    let type: RawBlock["type"] = "paragraph";
    const bullet = /^\s*[-•*▪●◦–]\s+/.exec(m[0]);
    if (bullet) {
      type = "list-item";
      start += bullet[0].length;
    }
    const block = trimBlock(text, { type, start, end });
    if (block.end > block.start) out.push(block);
  }
  return out;
}

/** Readers' list-item hints cover the whole line; the finding starts after the "- " marker. */
function stripBullet(text: string, block: RawBlock): RawBlock {
  if (block.type !== "list-item") return block;
  const bullet = /^\s*(?:[-•*▪●◦–]|\(?[a-z0-9]{1,3}[.)])\s+/.exec(text.slice(block.start, block.end));
  return bullet ? { ...block, start: block.start + bullet[0].length } : block;
}

function trimBlock(text: string, block: RawBlock): RawBlock {
  let { start, end } = block;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { ...block, start, end };
}

function span(text: string, block: RawBlock) {
  return { start: point(text, block.start), end: point(text, block.end) };
}

function point(_text: string, offset: number) {
  // Line and column are not used by the stages; offsets are what provenance needs.
  return { line: 1, column: offset + 1, offset };
}

function paragraph(text: string, block: RawBlock): Paragraph {
  return {
    type: "paragraph",
    children: [{ type: "text", value: text.slice(block.start, block.end) }],
    position: span(text, block),
  };
}

function heading(text: string, block: RawBlock): Heading {
  const depth = Math.min(6, Math.max(1, block.depth ?? 2)) as Heading["depth"];
  return {
    type: "heading",
    depth,
    children: [{ type: "text", value: text.slice(block.start, block.end) }],
    position: span(text, block),
  };
}
