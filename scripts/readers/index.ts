import { readHtml } from "./html.ts";
import { readMarkdown } from "./markdown.ts";
import { readPdf } from "./pdf.ts";
import { ReaderError, type Reader, type SourceDocument } from "./source-document.ts";
import { readText } from "./text.ts";

/** The reader for each file extension: adding a format is one line here. */
const READERS: Readonly<Record<string, Reader>> = {
  ".txt": readText,
  ".text": readText,
  ".md": readMarkdown,
  ".markdown": readMarkdown,
  ".html": readHtml,
  ".htm": readHtml,
  ".pdf": readPdf,
};

/** Extensions (lower case, with the dot) of the files the readers can read, for walking a folder. */
export const supportedExtensions: readonly string[] = Object.keys(READERS);

/** The file's extension, lower case with its dot, or "" when it has none. */
export function extensionOf(path: string): string {
  const name = path.split(/[\\/]/).at(-1) ?? "";
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/** The reader for a path by its extension, or undefined for a format no reader handles. */
export function readerFor(path: string): Reader | undefined {
  return READERS[extensionOf(path)];
}

/**
 * Reads a file with the reader its extension names, after checking the bytes agree: a .txt that is
 * really a PDF or an HTML page goes to that reader; a .pdf that is not a PDF is refused.
 */
export async function readDocument(bytes: Uint8Array, path: string): Promise<SourceDocument> {
  const extension = extensionOf(path);
  const reader = readerFor(path);
  if (!reader) throw new ReaderError(`unsupported file type ${extension || "(no extension)"}: expected one of ${supportedExtensions.join(", ")}`);
  const head = sniffHead(bytes);
  if (extension === ".pdf") {
    if (!head.includes("%PDF-")) throw new ReaderError(`not a PDF (starts with ${JSON.stringify(head.trimStart().slice(0, 24))})`);
    return readPdf(bytes, path);
  }
  if (head.trimStart().startsWith("%PDF-")) return readPdf(bytes, path);
  if (reader === readText && /^\s*(?:<!doctype html|<html[\s>])/i.test(head)) return readHtml(bytes, path);
  return reader(bytes, path);
}

/** The first bytes as characters, BOM and UTF-16 NULs dropped: enough to recognise a PDF or HTML header. */
function sniffHead(bytes: Uint8Array): string {
  const text = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return text.replace(/^(?:\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)/, "").replace(/\u0000/g, "");
}
