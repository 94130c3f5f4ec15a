/** Opens a PDF with pdf.js and hands out each page's text runs; turns pdf.js failures into ReaderErrors. */
import { getDocument, PasswordException, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { ReaderError } from "../source-document.ts";
import type { TextRun } from "./types.ts";

/** The text of one page. */
export interface PageText {
  runs: TextRun[];
  /** Page height in points, to place the header and footer bands. */
  height: number;
  /** Runs drawn rotated or vertical, left out of the text. */
  skippedRotated: number;
}

/** An open PDF; call close() when done. */
export interface OpenPdf {
  numPages: number;
  /** The document information dictionary (Title, CreationDate, ...). */
  info: Record<string, unknown>;
  /** Whether a pdf.js font id names a bold face (known for fonts seen by readPage). */
  isBold: (font: string) => boolean;
  readPage: (pageNumber: number) => Promise<PageText>;
  close: () => Promise<void>;
}

const BOLD_FONT_NAME = /bold|black|heavy|semibold|demi/i;

/** Opens the bytes as a PDF, or throws a ReaderError saying why it cannot be read. */
export async function openPdf(bytes: Uint8Array, path: string): Promise<OpenPdf> {
  checkLooksLikePdf(bytes, path);
  // pdf.js may detach the buffer it is given; hand it a copy so the caller's bytes stay usable.
  const task = getDocument({
    data: bytes.slice(),
    verbosity: VerbosityLevel.ERRORS,
    disableFontFace: true,
    fontExtraProperties: true,
    stopAtErrors: false,
  });
  const doc = await openOrExplain(task, bytes, path);
  const info = await doc.getMetadata().then((m) => (m.info ?? {}) as Record<string, unknown>).catch(() => ({}));
  const bold = new Map<string, boolean>();
  return {
    numPages: doc.numPages,
    info,
    isBold: (font) => bold.get(font) ?? false,
    readPage: (n) => readPage(doc, n, bold),
    close: () => task.destroy(),
  };
}

function checkLooksLikePdf(bytes: Uint8Array, path: string): void {
  if (bytes.length === 0) throw new ReaderError(`${path}: the file is empty (0 bytes), not a PDF.`);
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  if (!head.includes("%PDF-")) {
    throw new ReaderError(`${path}: not a PDF (no "%PDF-" header in the first 1024 bytes).`);
  }
}

async function openOrExplain(task: PDFDocumentLoadingTask, bytes: Uint8Array, path: string): Promise<PDFDocumentProxy> {
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if (error instanceof PasswordException) {
      throw new ReaderError(`${path}: the PDF is encrypted and needs a password to open.`);
    }
    const why = error instanceof Error ? error.message : String(error);
    const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString("latin1");
    if (!tail.includes("%%EOF")) {
      throw new ReaderError(`${path}: truncated or corrupt PDF (no "%%EOF" at the end; pdf.js: ${why})`);
    }
    throw new ReaderError(`${path}: corrupt PDF that pdf.js cannot parse (${why})`);
  }
}

async function readPage(doc: PDFDocumentProxy, pageNumber: number, bold: Map<string, boolean>): Promise<PageText> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const fonts = Object.keys(content.styles);
    if (fonts.some((font) => !bold.has(font))) await learnFontWeights(page, fonts, bold);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const runs: TextRun[] = [];
    let skippedRotated = 0;
    for (const item of content.items) {
      if (!("str" in item) || item.str === "") continue;
      const run = toRun(item);
      if (run === null) {
        if (item.str.trim() !== "") skippedRotated++;
        continue;
      }
      // Text drawn outside the page box is invisible; leave it out.
      if (run.x > x1 || run.x + run.width < x0 || run.y > y1 || run.y < y0 - run.size) continue;
      runs.push(run);
    }
    return { runs, height: y1 - y0, skippedRotated };
  } finally {
    page.cleanup();
  }
}

/** Font names only reach the main thread with an operator list; fetch one when a page brings new fonts. */
async function learnFontWeights(page: PDFPageProxy, fonts: string[], bold: Map<string, boolean>): Promise<void> {
  try {
    await page.getOperatorList();
  } catch {
    // Weights are a hint only; without them headings fall back on font size.
  }
  for (const font of fonts) {
    if (bold.has(font)) continue;
    const data: unknown = page.commonObjs.has(font) ? page.commonObjs.get(font) : null;
    const name = typeof data === "object" && data !== null && "name" in data ? String(data.name) : "";
    bold.set(font, BOLD_FONT_NAME.test(name));
  }
}

function toRun(item: TextItem): TextRun | null {
  const [a, b, , d, e, f] = item.transform as [number, number, number, number, number, number];
  // Italic text is sheared (c != 0) but still horizontal; only rotation (b != 0) takes text off the line.
  const horizontal = a > 0 && d > 0 && Math.abs(b) < 0.05 * a;
  if (!horizontal) return null;
  return { text: item.str, x: e, y: f, width: item.width, size: d || item.height, font: item.fontName };
}
