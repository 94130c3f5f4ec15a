/**
 * Write an extraction as JSON one document at a time: the same bytes as
 * `JSON.stringify(extraction, null, 1) + "\n"`, without ever holding the whole text in one string
 * (V8 caps a string near 512 MB, and a 10x corpus's extraction is larger than that), and, with
 * ExtractionJsonWriter, without holding the documents either.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import type { Extraction, ExtractionError } from "../../src/schemas/extraction.ts";

/** Write `extraction` to `file` (folders created), formatted exactly as JSON.stringify with an indent of 1. */
export function writeExtractionJson(file: string, extraction: Extraction): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  const fd = openSync(file, "w");
  try {
    for (const chunk of extractionJsonChunks(extraction)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** The JSON text in pieces, one per array element; joined they equal JSON.stringify(extraction, null, 1) + "\n". */
export function* extractionJsonChunks(extraction: Extraction): Generator<string> {
  const keys = Object.keys(extraction) as (keyof Extraction)[];
  yield "{";
  for (const [k, key] of keys.entries()) {
    const items = extraction[key] as readonly unknown[];
    yield `${k === 0 ? "" : ","}\n ${JSON.stringify(key)}: ${items.length === 0 ? "[]" : "["}`;
    if (items.length === 0) continue;
    for (const [i, item] of items.entries()) yield elementJson(item, i);
    yield "\n ]";
  }
  yield keys.length === 0 ? "}\n" : "\n}\n";
}

/**
 * Writes `{ documents, errors }` to a file as documents arrive, in the bytes writeExtractionJson
 * would give: the documents as they come, the errors (few and small) at the end. The file appears
 * whole or not at all: it is written beside its path and moved there by `finish`.
 */
export class ExtractionJsonWriter {
  private readonly file: string;
  private readonly partial: string;
  private fd: number | undefined;
  private documents = 0;

  constructor(file: string) {
    this.file = file;
    mkdirSync(dirname(resolve(file)), { recursive: true });
    this.partial = `${resolve(file)}.partial`;
    this.fd = openSync(this.partial, "w");
    writeSync(this.fd, `{\n "documents": `);
  }

  /** Appends one document. */
  document(document: ExtractedDocument): void {
    this.documentBody(elementBody(document));
  }

  /** Appends one document given as its element body (elementBody), as text or UTF-8 bytes. */
  documentBody(body: string | Uint8Array): void {
    const fd = this.openFd();
    writeSync(fd, `${this.documents === 0 ? "[" : ","}\n  `);
    if (typeof body === "string") writeSync(fd, body);
    else for (let written = 0; written < body.length; ) written += writeSync(fd, body, written);
    this.documents++;
  }

  /** Writes the errors and the end, and moves the file into place. */
  finish(errors: readonly ExtractionError[]): void {
    const fd = this.openFd();
    writeSync(fd, this.documents === 0 ? "[]" : "\n ]");
    writeSync(fd, `,\n "errors": ${errors.length === 0 ? "[]" : `[${errors.map(elementJson).join("")}\n ]`}\n}\n`);
    closeSync(fd);
    this.fd = undefined;
    renameSync(this.partial, this.file);
  }

  /** Gives up: closes and deletes the partial file, leaving whatever was at the path before. */
  abandon(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.partial, { force: true });
  }

  private openFd(): number {
    if (this.fd === undefined) throw new Error(`${this.file}: the extraction was already finished or abandoned`);
    return this.fd;
  }
}

/** A document's (or error's) JSON as it stands in the file's array: two levels deep, so its lines gain two spaces. */
export function elementBody(item: unknown): string {
  return JSON.stringify(item, null, 1).replaceAll("\n", "\n  ");
}

function elementJson(item: unknown, index: number): string {
  return `${index === 0 ? "" : ","}\n  ${elementBody(item)}`;
}
