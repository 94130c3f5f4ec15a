/** Renders laid-out blocks to the SourceDocument text, with block offsets and the page map. */
import type { SourceBlock, SourcePage } from "../source-document.ts";
import { joinLine, type Vocabulary } from "./join-lines.ts";
import { rowCells } from "./table-rows.ts";
import type { LayoutBlock, PageLine } from "./types.ts";

/** The text of a document and where its blocks and pages are. */
export interface RenderedText {
  text: string;
  blocks: SourceBlock[];
  pages: SourcePage[];
}

/** Table cells are joined with this, so "Area | Grade" rows can be parsed downstream. */
export const CELL_SEPARATOR = " | ";

/** Writes blocks out: a blank line between blocks, one line per list item, cells joined by " | ". */
export function renderText(layout: LayoutBlock[], pageCount: number, vocabulary: Vocabulary): RenderedText {
  let text = "";
  const blocks: SourceBlock[] = [];
  const pageStarts = new Map<number, number>();
  const notePageStart = (page: number, offset: number) => {
    if (!pageStarts.has(page)) pageStarts.set(page, offset);
  };
  let prevKind: LayoutBlock["kind"] | null = null;
  for (const block of layout) {
    if (text !== "") text += prevKind === "list-item" && block.kind === "list-item" ? "\n" : "\n\n";
    const start = text.length;
    notePageStart(block.page, start);
    if (block.kind === "list-item") text += "- ";
    if (block.kind === "table-row") {
      text += rowCells(block.lines, (left, right) => joinLine(left, right, vocabulary)).join(CELL_SEPARATOR);
    } else {
      let body = "";
      for (const line of block.lines) {
        const lineText = textOf(line);
        body = joinLine(body, lineText, vocabulary);
        // The appended line always ends the joined text, so its start is known.
        notePageStart(line.page, text.length + body.length - lineText.length);
      }
      text += body;
    }
    blocks.push(toSourceBlock(block, start, text.length));
    prevKind = block.kind;
  }
  return { text, blocks, pages: pageMap(pageStarts, pageCount, text.length) };
}

function textOf(line: PageLine): string {
  return line.cells.map((cell) => cell.text).join(" ");
}

function toSourceBlock(block: LayoutBlock, start: number, end: number): SourceBlock {
  if (block.kind === "heading") return { type: "heading", start, end, depth: block.depth ?? 1 };
  // Table rows and footnotes have no SourceBlock type of their own; they are paragraphs of the text.
  return { type: block.kind === "list-item" ? "list-item" : "paragraph", start, end };
}

/** Contiguous page ranges: a page without text is empty at the start of the next page with text. */
function pageMap(starts: Map<number, number>, pageCount: number, textLength: number): SourcePage[] {
  const pages: SourcePage[] = [];
  let nextStart = textLength;
  for (let number = pageCount; number >= 1; number--) {
    const start = number === 1 ? 0 : Math.min(starts.get(number) ?? nextStart, nextStart);
    pages.unshift({ number, start, end: nextStart });
    nextStart = start;
  }
  return pages;
}
