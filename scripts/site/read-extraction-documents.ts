/**
 * Reads the documents of an extraction file one at a time, each validated with DocumentSchema,
 * without ever holding the whole file or all its documents: the search indexer needs one document
 * at a time, and the whole extraction parsed and validated took ~800 MB on the real corpus (and
 * cannot be read at all at 10 times its size, being more than one JavaScript string can hold).
 *
 * The file is scanned in blocks for the elements of its top-level "documents" array, tracking
 * strings and nesting, so any JSON formatting works; each element is then parsed on its own.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { DocumentSchema, type ExtractedDocument } from "../../src/schemas/document.ts";

const BLOCK = 4 << 20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]

/** The documents of the extraction at `path`, in file order. Throws, naming the file and the document, when one is invalid. */
export function* readExtractionDocuments(path: string, blockSize = BLOCK): Generator<ExtractedDocument> {
  for (const [index, json] of documentTexts(path, blockSize)) {
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

/** The JSON text of each element of the top-level "documents" array, with its index. */
function* documentTexts(path: string, blockSize: number): Generator<[number, string]> {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(blockSize);
    let depth = 0;
    let inString = false;
    let escaped = false;
    /** The last string closed at depth 1 (a key of the top-level object), and whether the array after it is "documents". */
    let key: number[] = [];
    let keyText = "";
    let inDocuments = false;
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
          if (depth === 2) inDocuments = byte === 0x5b && keyText === "documents";
          else if (depth === 3 && inDocuments) start = i;
        } else if (CLOSE.has(byte)) {
          depth -= 1;
          if (depth === 2 && inDocuments && start >= 0) {
            pieces.push(Buffer.from(buffer.subarray(start, i + 1)));
            yield [count++, Buffer.concat(pieces).toString("utf8")];
            pieces = [];
            start = -1;
          } else if (depth === 1) inDocuments = false;
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
