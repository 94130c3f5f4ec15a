import type { SourceBlock } from "./source-document.ts";

/** Text and block offsets assembled by a structured reader (Markdown, HTML). */
export interface BuiltText {
  text: string;
  blocks: SourceBlock[];
}

/** Appends headings, paragraphs and list items by the SourceDocument conventions, recording their offsets. */
export interface TextBuilder {
  /** Adds a block; white space is collapsed and an empty block is skipped. A list item gets its "- ". */
  add(type: SourceBlock["type"], text: string, depth?: number): void;
  /** Ends the current list, so the next item starts a new one after a blank line. */
  endList(): void;
  build(): BuiltText;
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function collapseWhiteSpace(text: string): string {
  return text
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
    .trim();
}

/** Starts an empty text; blocks are separated by a blank line, items of one list by a newline. */
export function createTextBuilder(): TextBuilder {
  let text = "";
  const blocks: SourceBlock[] = [];
  let inList = false;
  return {
    add(type, raw, depth) {
      const content = collapseWhiteSpace(raw);
      if (content === "") return;
      const line = type === "list-item" ? `- ${content}` : content;
      if (text !== "") text += type === "list-item" && inList ? "\n" : "\n\n";
      const start = text.length;
      text += line;
      blocks.push(type === "heading" && depth !== undefined ? { type, start, end: text.length, depth } : { type, start, end: text.length });
      inList = type === "list-item";
    },
    endList() {
      inList = false;
    },
    build() {
      return { text, blocks };
    },
  };
}
