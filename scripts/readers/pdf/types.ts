/** Shapes shared by the PDF reader's stages, from pdf.js text runs to laid-out blocks. */

/** A run of text as pdf.js draws it, in page space (y grows upwards, baseline). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** pdf.js font id (e.g. "g_d0_f2"), shared across the pages of one document. */
  font: string;
}

/** A stretch of a line between wide gaps: a table cell, or the whole line. */
export interface LineCell {
  text: string;
  x: number;
  right: number;
}

/** One visual line of a page. */
export interface PageLine {
  /** 1-based page number. */
  page: number;
  /** Baseline. */
  y: number;
  /** Left edge of the line, marker included. */
  x: number;
  /** Left edge of the text after a bullet or number marker (= x without marker). */
  textX: number;
  right: number;
  /** Dominant font size and font (by characters). */
  size: number;
  font: string;
  bold: boolean;
  /** A leading bullet glyph (dropped from the cells) or paragraph number (kept). */
  marker: "bullet" | "number" | null;
  /** The text split at wide gaps; ordinary lines have one cell. */
  cells: LineCell[];
  /** Width of the first word, to tell a hard line break from a wrap. */
  firstWordWidth: number;
}

/** Kinds of laid-out block, before the text is assembled. */
export type LayoutKind = "heading" | "paragraph" | "list-item" | "table-row" | "footnote";

/** A block laid out from lines of one page. */
export interface LayoutBlock {
  kind: LayoutKind;
  page: number;
  lines: PageLine[];
  /** Heading depth, 1 for the biggest font. */
  depth?: number;
}
