/** Turn listed inputs into hashed files ready to extract, or error entries (unsupported, too large, duplicate). */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { extensionOf, supportedExtensions } from "../readers/index.ts";
import type { InputEntry } from "./list-inputs.ts";

/** An input with its position in the sorted list: hashed, or why it will not be extracted. */
export type HashedInput = { index: number; path: string; sha256: string } | { index: number; path: string; error: string };

// Files that sit beside documents in a corpus folder and are not documents.
const NOT_DOCUMENTS = new Set([".csv", ".json", ".jsonl", ".yml", ".yaml", ".gitkeep"]);

/** Check and hash each input in order; the second of two identical files is reported as a duplicate of the first. */
export function* hashInputs(inputs: readonly InputEntry[], maxBytes: number): Generator<HashedInput> {
  const bySha = new Map<string, string>();
  for (const [index, input] of inputs.entries()) {
    const { path } = input;
    if ("error" in input) {
      yield { index, path, error: input.error };
      continue;
    }
    const ext = extensionOf(path);
    if (!supportedExtensions.includes(ext)) {
      const what = NOT_DOCUMENTS.has(ext) ? "not a document" : "unsupported file type";
      yield { index, path, error: `${what} (${ext || "no extension"}); skipped. Supported: ${supportedExtensions.join(", ")}` };
      continue;
    }
    try {
      // Check the size before reading, so a huge file is never loaded.
      const size = statSync(path).size;
      if (size > maxBytes) {
        yield { index, path, error: `too large: ${(size / 1e6).toFixed(1)} MB (limit ${(maxBytes / 1e6).toFixed(0)} MB); skipped` };
        continue;
      }
      const sha256 = createHash("sha256").update(readFileSync(path)).digest("hex");
      const twin = bySha.get(sha256);
      if (twin) {
        yield { index, path, error: `same content as ${twin}; skipped as a duplicate` };
        continue;
      }
      bySha.set(sha256, path);
      yield { index, path, sha256 };
    } catch (error) {
      yield { index, path, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
