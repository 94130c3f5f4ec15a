/**
 * The one shape every reader returns, whatever the format.
 *
 * Conventions for `text` (all offsets in the project point into it):
 * - paragraphs and other blocks are separated by a blank line ("\n\n");
 * - a list item stands on its own line and starts with "- ";
 * - line wraps inside a paragraph are already joined with a space, words hyphenated
 *   across lines are re-joined, and a sentence broken by a page break is joined;
 * - page furniture (running headers and footers, page numbers) is removed.
 */
export interface SourceDocument {
  /** Which reader made it. */
  format: "text" | "markdown" | "html" | "pdf";
  /** The normalised text. */
  text: string;
  /** Page map for paged sources (PDF): page `number` (1-based) covers text[start, end). Empty when unpaged. */
  pages: SourcePage[];
  /** Structure the format itself gives (HTML and Markdown headings, PDF font sizes); text sources leave it empty. */
  blocks: SourceBlock[];
  /** Metadata the format itself gives (HTML <title>, meta tags; PDF info dictionary). */
  meta: SourceMeta;
  /** Problems that did not stop reading, each a sentence naming the problem. */
  warnings: string[];
}

/** A page of a paged source. */
export interface SourcePage {
  number: number;
  start: number;
  end: number;
}

/** A structural hint: text[start, end) is a heading, paragraph or list item. */
export interface SourceBlock {
  type: "heading" | "paragraph" | "list-item";
  start: number;
  end: number;
  /** Heading depth, 1 for the title. */
  depth?: number;
}

/** Metadata a format carries outside its body text. */
export interface SourceMeta {
  title?: string;
  published?: string;
  publisher?: string;
  author?: string;
  url?: string;
}

/** A reader turns a file's bytes into a SourceDocument, or throws a ReaderError saying why it cannot. */
export type Reader = (bytes: Uint8Array, path: string) => Promise<SourceDocument>;

/** An input that cannot be read; the message names the problem in words a user can act on. */
export class ReaderError extends Error {
  override name = "ReaderError";
}
