/** Read one input file and run the stages on it: the unit of work of the in-process loop and of each worker. */
import { readFileSync } from "node:fs";
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import { extractDocument } from "../pipeline/extract-document.ts";
import type { ExtractionResources } from "../pipeline/extract-document.ts";
import { readDocument } from "../readers/index.ts";

/** What became of one input: its extracted document, or why it has none. */
export type FileOutcome = { document: ExtractedDocument } | { error: string };

/** Read `path` (already hashed to `sha256` by the caller) and extract it; never throws. */
export async function extractFile(path: string, sha256: string, resources: ExtractionResources): Promise<FileOutcome> {
  try {
    const bytes = readFileSync(path);
    const source = await readDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), path);
    return { document: extractDocument(source, { path, sha256 }, resources) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
