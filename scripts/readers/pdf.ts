/**
 * The PDF reader: pdf.js text runs -> lines -> page furniture dropped -> blocks -> headings -> page breaks joined -> text.
 * Table rows come out as one line with cells joined by " | " ("Overall effectiveness | Good").
 */
import { classifyHeadings } from "./pdf/classify-headings.ts";
import { groupBlocks } from "./pdf/group-blocks.ts";
import { groupLines } from "./pdf/group-lines.ts";
import { collectVocabulary } from "./pdf/join-lines.ts";
import { measureLayout } from "./pdf/layout-stats.ts";
import { markFootnotes } from "./pdf/mark-footnotes.ts";
import { mergePageBreaks } from "./pdf/merge-page-breaks.ts";
import { openPdf } from "./pdf/open-pdf.ts";
import { dropPageFurniture } from "./pdf/page-furniture.ts";
import { metaFromInfo } from "./pdf/pdf-info.ts";
import { renderText } from "./pdf/render-text.ts";
import type { PageLine } from "./pdf/types.ts";
import { ReaderError, type SourceDocument } from "./source-document.ts";

/** Options for readPdf. */
export interface ReadPdfOptions {
  /** Read at most this many pages (default 500); a warning says when a document was cut. */
  maxPages?: number;
}

const DEFAULT_MAX_PAGES = 500;

/** Reads a PDF's text layer into a SourceDocument; throws ReaderError for empty, non-PDF, corrupt, encrypted or scanned files. */
export async function readPdf(bytes: Uint8Array, path: string, options: ReadPdfOptions = {}): Promise<SourceDocument> {
  const pdf = await openPdf(bytes, path);
  try {
    const warnings: string[] = [];
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    const pageCount = Math.min(pdf.numPages, maxPages);
    if (pdf.numPages > maxPages) warnings.push(`${path}: read only the first ${maxPages} of ${pdf.numPages} pages.`);

    // 1. Each page's runs, grouped into lines top to bottom; a page that fails is skipped with a warning.
    const pageLines: PageLine[][] = [];
    const pageHeights: number[] = [];
    let rotated = 0;
    for (let number = 1; number <= pageCount; number++) {
      try {
        const page = await pdf.readPage(number);
        rotated += page.skippedRotated;
        pageLines.push(groupLines(page.runs, number, pdf.isBold));
        pageHeights.push(page.height);
      } catch (error) {
        warnings.push(`${path}: page ${number} could not be read (${error instanceof Error ? error.message : String(error)}).`);
        pageLines.push([]);
        pageHeights.push(0);
      }
    }
    if (pageLines.every((lines) => lines.length === 0)) {
      throw new ReaderError(`${path}: no text layer (scanned?); ${pageCount} page(s) without extractable text.`);
    }
    if (rotated > 0) warnings.push(`${path}: left out ${rotated} text run(s) set rotated or vertical.`);

    // 2. Running headers, footers and page numbers go; typography is measured on what remains.
    const bodyLines = dropPageFurniture(pageLines, pageHeights);
    const stats = measureLayout(bodyLines);

    // 3. Lines become blocks; footnotes and headings are found by font; paragraphs cut by a page break are re-joined.
    const pageBlocks = bodyLines.flatMap((lines) => markFootnotes(groupBlocks(lines, stats), stats));
    const layout = mergePageBreaks(classifyHeadings(pageBlocks, stats), stats);

    // 4. The text, with line-end hyphens decided against the document's own vocabulary.
    const vocabulary = collectVocabulary(bodyLines.flat().flatMap((line) => line.cells.map((cell) => cell.text)));
    const { text, blocks, pages } = renderText(layout, pageCount, vocabulary);
    return { format: "pdf", text, pages, blocks, meta: metaFromInfo(pdf.info), warnings };
  } finally {
    await pdf.close();
  }
}
