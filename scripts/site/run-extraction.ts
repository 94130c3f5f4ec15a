import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { ExtractionError } from "../../src/schemas/extraction.ts";
import type { CorpusDocument } from "../extract/corpus-document.ts";
import { extractCorpusInOrder } from "../extract/extract-corpus.ts";

/** The corpus folders named by CORPUS_DIR (several separated by ":"), default content/reports, as absolute paths. */
export function corpusDirs(value: string | undefined, cwd = process.cwd()): string[] {
  const dirs = (value ?? "").split(":").map((d) => d.trim()).filter((d) => d.length > 0);
  return (dirs.length > 0 ? dirs : ["content/reports"]).map((d) => resolve(cwd, d));
}

/**
 * Runs the extractor over the corpus, handing each document (validated against the contract by the
 * extraction) to `onDocument` in sorted path order as soon as it is ready; returns the error entries. Nothing of
 * the corpus is kept here: at ten times the real corpus, holding it took 4 GB before it was written.
 */
export async function runExtraction(paths: readonly string[], onDocument: (document: CorpusDocument) => void): Promise<ExtractionError[]> {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) throw new Error(`Corpus folder not found: ${missing.join(", ")} (set CORPUS_DIR).`);
  let lastTenth = -1;
  const errors: ExtractionError[] = [];
  await extractCorpusInOrder(
    [...paths],
    {
      // A line per tenth of the corpus: enough to see progress without flooding CI logs.
      onProgress: (done, total) => {
        const tenth = Math.floor((done / total) * 10);
        if (tenth === lastTenth && done !== total) return;
        lastTenth = tenth;
        console.log(`  ${done}/${total} documents`);
      },
    },
    (item) => {
      if ("document" in item) onDocument(item.document);
      else errors.push(item);
    },
  );
  return errors;
}
