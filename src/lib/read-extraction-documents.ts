/**
 * Reads the documents of an extraction file one at a time, each validated with DocumentSchema,
 * without ever holding the whole file or all its documents: the search indexer needs one document
 * at a time, and the site reads a file too large for one string this way (load-extraction.ts), and the whole extraction parsed and validated took ~800 MB on the real corpus (and
 * cannot be read at all at 10 times its size, being more than one JavaScript string can hold).
 *
 * The file is scanned in blocks for the elements of its top-level "documents" array, tracking
 * strings and nesting, so any JSON formatting works; each element is then parsed on its own.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { DocumentSchema, type ExtractedDocument } from "../schemas/document.ts";
import { ExtractionErrorSchema, type ExtractionError } from "../schemas/extraction.ts";

const BLOCK = 4 << 20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]

/** The documents of the extraction at `path`, in file order. Throws, naming the file and the document, when one is invalid. */
export function* readExtractionDocuments(path: string, blockSize = BLOCK): Generator<ExtractedDocument> {
  for (const [document] of readExtractionDocumentSpans(path, blockSize)) yield document;
}

/** Where one document's JSON lies in the extraction file: its number (from 0) and its bytes. */
export interface DocumentSpan {
  index: number;
  start: number;
  length: number;
}

/**
 * The same documents, each with its span in the file, so that a reader can come back to it in
 * another order (readExtractionDocumentAt) without holding it meanwhile.
 */
export function* readExtractionDocumentSpans(path: string, blockSize = BLOCK): Generator<[ExtractedDocument, DocumentSpan]> {
  for (const [index, json, start, length] of elementTexts(path, DOCUMENTS, blockSize)) {
    yield [parseDocument(path, index, json), { index, start, length }];
  }
}

/** The document at `span` of the extraction file at `path` (a span readExtractionDocumentSpans gave). */
export function readExtractionDocumentAt(path: string, span: DocumentSpan): ExtractedDocument {
  const fd = openSync(path, "r");
  try {
    const bytes = Buffer.allocUnsafe(span.length);
    let done = 0;
    while (done < span.length) {
      const read = readSync(fd, bytes, done, span.length - done, span.start + done);
      if (read === 0) throw new Error(`${path} ends inside document ${span.index + 1}: has the file changed since it was read?`);
      done += read;
    }
    return parseDocument(path, span.index, bytes.toString("utf8"));
  } finally {
    closeSync(fd);
  }
}

function parseDocument(path: string, index: number, json: string): ExtractedDocument {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`${path}: document ${index + 1} is not valid JSON: ${String(error)}`, { cause: error });
  }
  const parsed = DocumentSchema.safeParse(value);
  if (!parsed.success) throw new Error(`${path}: document ${index + 1} is not valid: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Every document of the extraction at `path` (to `eachDocument`, in file order) and its errors
 * (the top-level "errors" array, validated), in one pass over the file: reading the errors after
 * the documents was a second pass, 18 s of the Astro stage at ten times the real corpus.
 */
export function readExtraction(path: string, eachDocument: (document: ExtractedDocument) => void, blockSize = BLOCK): ExtractionError[] {
  const errors: ExtractionError[] = [];
  for (const [index, json, , , key] of elementTexts(path, DOCUMENTS_AND_ERRORS, blockSize)) {
    if (key === "documents") eachDocument(parseDocument(path, index, json));
    else {
      const parsed = ExtractionErrorSchema.safeParse(JSON.parse(json));
      if (!parsed.success) throw new Error(`${path}: error entry ${index + 1} is not valid: ${parsed.error.message}`);
      errors.push(parsed.data);
    }
  }
  return errors;
}

const DOCUMENTS: ReadonlySet<string> = new Set(["documents"]);
const DOCUMENTS_AND_ERRORS: ReadonlySet<string> = new Set(["documents", "errors"]);

/**
 * The JSON text of each element of the top-level arrays under the `wanted` keys, with its index in
 * its array, its span of bytes (start, length) and the array's key.
 */
function* elementTexts(path: string, wanted: ReadonlySet<string>, blockSize: number): Generator<[number, string, number, number, string]> {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(blockSize);
    let depth = 0;
    let inString = false;
    let escaped = false;
    /** The last string closed at depth 1 (a key of the top-level object), and whether the array after it is the one wanted. */
    let key: number[] = [];
    let keyText = "";
    let inWanted = false;
    let arrayKey = "";
    /** Pieces of the element being read, and where it started in the current block (-1: none). */
    let pieces: Buffer[] = [];
    let start = -1;
    let count = 0;
    /** Where in the file the current block starts, and where the element being read started. */
    let blockAt = 0;
    let elementAt = 0;
    for (let read = readSync(fd, buffer, 0, blockSize, null); read > 0; blockAt += read, read = readSync(fd, buffer, 0, blockSize, null)) {
      const block = buffer.subarray(0, read);
      for (let i = 0; i < read; i++) {
        if (inString && !escaped && depth !== 1) {
          // Inside a string below the top level (most of the file: the documents' text), jump to the
          // next quote, natively; the scan below then sees it or, when it is escaped, the backslash.
          const quote = block.indexOf(QUOTE, i);
          if (quote < 0) {
            escaped = trailingBackslashes(block, i, read) % 2 === 1;
            break;
          }
          i = Math.max(i, quote - (trailingBackslashes(block, i, quote) % 2));
        }
        const byte = buffer[i]!;
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) {
            inString = false;
            if (depth === 1) keyText = Buffer.from(key).toString("utf8");
          } else if (depth === 1 && key.length < 64) key.push(byte);
          continue;
        }
        if (byte === QUOTE) {
          inString = true;
          if (depth === 1) key = [];
        } else if (OPEN.has(byte)) {
          depth += 1;
          if (depth === 2) {
            inWanted = byte === 0x5b && wanted.has(keyText);
            arrayKey = keyText;
            count = 0;
          }
          else if (depth === 3 && inWanted) {
            start = i;
            elementAt = blockAt + i;
          }
        } else if (CLOSE.has(byte)) {
          depth -= 1;
          if (depth === 2 && inWanted && start >= 0) {
            pieces.push(Buffer.from(buffer.subarray(start, i + 1)));
            yield [count++, Buffer.concat(pieces).toString("utf8"), elementAt, blockAt + i + 1 - elementAt, arrayKey];
            pieces = [];
            start = -1;
          } else if (depth === 1) inWanted = false;
        }
      }
      // An element running on into the next block: keep what this block holds of it.
      if (start >= 0) {
        pieces.push(Buffer.from(buffer.subarray(start, read)));
        start = 0;
      }
    }
    if (depth !== 0 || inString) throw new Error(`${path} ends before its JSON does.`);
  } finally {
    closeSync(fd);
  }
}

/** How many backslashes run up to `end` (exclusive) in `block`, looking no further back than `from`. */
function trailingBackslashes(block: Buffer, from: number, end: number): number {
  let n = 0;
  while (end - n - 1 >= from && block[end - n - 1] === BACKSLASH) n += 1;
  return n;
}
