/**
 * Extract a corpus: list the inputs, read each with the reader for its format, run the stages,
 * and collect documents and errors. One bad file gives an error entry; the rest still extract.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Extraction } from "../../src/schemas/extraction.ts";
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import { extractDocument } from "../pipeline/extract-document.ts";
import type { ExtractionResources } from "../pipeline/extract-document.ts";
import { readDocument, supportedExtensions, extensionOf } from "../readers/index.ts";
import { listInputs } from "./list-inputs.ts";
import { loadResources } from "./load-resources.ts";

/** Options of a corpus extraction. */
export interface ExtractCorpusOptions {
  /** Called after each input with the count done and the total. */
  onProgress?: (done: number, total: number, path: string) => void;
  resources?: ExtractionResources;
  /** Largest input accepted, in bytes (default 60 MB). */
  maxBytes?: number;
}

// Files that sit beside documents in a corpus folder and are not documents.
const NOT_DOCUMENTS = new Set([".csv", ".json", ".jsonl", ".yml", ".yaml", ".gitkeep"]);

/** Extract every document under `paths`. */
export async function extractCorpus(paths: string[], options: ExtractCorpusOptions = {}): Promise<Extraction> {
  const resources = options.resources ?? loadResources();
  const inputs = listInputs(paths);
  const documents: ExtractedDocument[] = [];
  const errors: Extraction["errors"] = [];
  const bySha = new Map<string, string>();
  let done = 0;
  for (const input of inputs) {
    done++;
    if ("error" in input) {
      errors.push({ source: input.path, message: input.error });
      continue;
    }
    const ext = extensionOf(input.path);
    if (!supportedExtensions.includes(ext)) {
      const what = NOT_DOCUMENTS.has(ext) ? "not a document" : "unsupported file type";
      errors.push({ source: input.path, message: `${what} (${ext || "no extension"}); skipped. Supported: ${supportedExtensions.join(", ")}` });
      continue;
    }
    const result = await extractOne(input.path, resources, options.maxBytes ?? 60 * 1024 * 1024, bySha);
    if ("message" in result) errors.push(result);
    else documents.push(result);
    options.onProgress?.(done, inputs.length, input.path);
  }
  return { documents, errors };
}

async function extractOne(
  path: string,
  resources: ExtractionResources,
  maxBytes: number,
  bySha: Map<string, string>,
): Promise<ExtractedDocument | { source: string; message: string }> {
  try {
    const bytes = readFileSync(path);
    if (bytes.length > maxBytes) return { source: path, message: `too large: ${(bytes.length / 1e6).toFixed(1)} MB (limit ${(maxBytes / 1e6).toFixed(0)} MB); skipped` };
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const twin = bySha.get(sha256);
    if (twin) return { source: path, message: `same content as ${twin}; skipped as a duplicate` };
    bySha.set(sha256, path);
    const source = await readDocument(new Uint8Array(bytes), path);
    return extractDocument(source, { path, sha256 }, resources);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { source: path, message };
  }
}
