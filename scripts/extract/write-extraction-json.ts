/**
 * Write an extraction as JSON one document at a time: the same bytes as
 * `JSON.stringify(extraction, null, 1) + "\n"`, without ever holding the whole text in one string
 * (V8 caps a string near 512 MB, and a 10x corpus's extraction is larger than that).
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Extraction } from "../../src/schemas/extraction.ts";

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
    for (const [i, item] of items.entries()) {
      // Each element sits two levels deep: its lines gain two spaces.
      yield `${i === 0 ? "" : ","}\n  ${JSON.stringify(item, null, 1).replaceAll("\n", "\n  ")}`;
    }
    yield "\n ]";
  }
  yield keys.length === 0 ? "}\n" : "\n}\n";
}
