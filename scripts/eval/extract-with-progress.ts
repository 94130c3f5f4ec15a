import { ExtractionSchema, type Extraction } from "../../src/schemas/extraction.ts";
import { extractCorpus } from "../extract/extract-corpus.ts";

/**
 * Extracts files in one run of the extractor (so its duplicate detection sees them all),
 * printing a progress line every `every` files, and returns the validated Extraction.
 */
export async function extractWithProgress(
  paths: readonly string[],
  label: string,
  every = 25,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<Extraction> {
  const started = Date.now();
  const extraction = await extractCorpus([...paths], {
    onProgress: (done, total) => {
      if (done % every !== 0 && done !== total) return;
      log(`  ${label}: ${done}/${total} files (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    },
  });
  // Validate against the contract: the eval must score what the site would receive.
  return ExtractionSchema.parse(extraction);
}
