import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type Extraction, ExtractionSchema } from "../../src/schemas/extraction.ts";
import { extractCorpus } from "../extract/extract-corpus.ts";

/** The corpus folders named by CORPUS_DIR (several separated by ":"), default content/reports, as absolute paths. */
export function corpusDirs(value: string | undefined, cwd = process.cwd()): string[] {
  const dirs = (value ?? "").split(":").map((d) => d.trim()).filter((d) => d.length > 0);
  return (dirs.length > 0 ? dirs : ["content/reports"]).map((d) => resolve(cwd, d));
}

/** Runs the extractor over the corpus and validates its output against the contract (the caller writes it). */
export async function runExtraction(paths: readonly string[]): Promise<Extraction> {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) throw new Error(`Corpus folder not found: ${missing.join(", ")} (set CORPUS_DIR).`);
  let lastTenth = -1;
  const extraction = ExtractionSchema.parse(
    await extractCorpus([...paths], {
      // A line per tenth of the corpus: enough to see progress without flooding CI logs.
      onProgress: (done, total) => {
        const tenth = Math.floor((done / total) * 10);
        if (tenth === lastTenth && done !== total) return;
        lastTenth = tenth;
        console.log(`  ${done}/${total} documents`);
      },
    }),
  );
  return extraction;
}
