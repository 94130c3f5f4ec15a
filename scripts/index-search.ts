/**
 * Indexes every finding of the extraction with Pagefind, grouped into passages (one Pagefind page
 * per passage, each finding an anchor inside it; see src/lib/search/passage-record.ts), written to
 * <outDir>/pagefind. Run after `astro build`; scripts/build.ts calls it. Documents are read from
 * the extraction file one at a time, so only the passages are ever held.
 *
 *   node scripts/index-search.ts [--out dist]
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractionPath } from "../src/lib/load-extraction.ts";
import { loadSiteLookup } from "../src/lib/search/load-site-lookup.ts";
import { passageRecordsOf } from "../src/lib/search/passage-record.ts";
import { readExtractionDocuments } from "../src/lib/read-extraction-documents.ts";
import { type SearchIndexResult, writeSearchIndex } from "./site/write-search-index.ts";

/** Indexes the extraction's findings (EXTRACTION_FILE) into `<outDir>/pagefind`. */
export async function indexSearch(outDir: string): Promise<SearchIndexResult> {
  const passages = passageRecordsOf(readExtractionDocuments(extractionPath()), loadSiteLookup());
  return writeSearchIndex(passages, resolve(outDir, "pagefind"));
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: "string", default: "dist" } } });
  const result = await indexSearch(values.out);
  console.log(`Indexed ${result.findings} findings in ${result.records} passages into ${resolve(values.out, "pagefind")}.`);
  for (const error of result.errors) console.error(`pagefind: ${error}`);
  process.exitCode = result.errors.length > 0 ? 1 : 0;
}
