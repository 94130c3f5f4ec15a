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
  for (const [index, json] of elementTexts(path, "documents", blockSize)) {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new Error(`${path}: document ${index + 1} is not valid JSON: ${String(error)}`, { cause: error });
    }
    const parsed = DocumentSchema.safeParse(value);
    if (!parsed.success) throw new Error(`${path}: document ${index + 1} is not valid: ${parsed.error.message}`);
    yield parsed.data;
  }
}

/** The extraction's errors (its top-level "errors" array), validated; a second pass over the file. */
export function readExtractionErrors(path: string, blockSize = BLOCK): ExtractionError[] {
  return [...elementTexts(path, "errors", blockSize)].map(([index, json]) => {
    const parsed = ExtractionErrorSchema.safeParse(JSON.parse(json));
    if (!parsed.success) throw new Error(`${path}: error entry ${index + 1} is not valid: ${parsed.error.message}`);
    return parsed.data;
  });
}

/** The JSON text of each element of the top-level array under `wanted`, with its index. */
function* elementTexts(path: string, wanted: string, blockSize: number): Generator<[number, string]> {
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
    /** Pieces of the element being read, and where it started in the current block (-1: none). */
    let pieces: Buffer[] = [];
    let start = -1;
    let count = 0;
    for (let read = readSync(fd, buffer, 0, blockSize, null); read > 0; read = readSync(fd, buffer, 0, blockSize, null)) {
      for (let i = 0; i < read; i++) {
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
          if (depth === 2) inWanted = byte === 0x5b && keyText === wanted;
          else if (depth === 3 && inWanted) start = i;
        } else if (CLOSE.has(byte)) {
          depth -= 1;
          if (depth === 2 && inWanted && start >= 0) {
            pieces.push(Buffer.from(buffer.subarray(start, i + 1)));
            yield [count++, Buffer.concat(pieces).toString("utf8")];
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
