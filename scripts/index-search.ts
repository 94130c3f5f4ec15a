/**
 * Indexes every finding of the extraction with Pagefind: one custom record per finding,
 * written to <outDir>/pagefind. Run after `astro build`; scripts/build.ts calls it.
 *
 *   node scripts/index-search.ts [--out dist]
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadExtraction } from "../src/lib/load-extraction.ts";
import { findingRecords } from "../src/lib/search/finding-record.ts";
import { loadSiteLookup } from "../src/lib/search/load-site-lookup.ts";
import { type SearchIndexResult, writeSearchIndex } from "./site/write-search-index.ts";

/** Indexes the loaded extraction's findings into `<outDir>/pagefind`. */
export async function indexSearch(outDir: string): Promise<SearchIndexResult> {
  const records = findingRecords(loadExtraction(), loadSiteLookup());
  return writeSearchIndex(records, resolve(outDir, "pagefind"));
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: "string", default: "dist" } } });
  const result = await indexSearch(values.out);
  console.log(`Indexed ${result.records} findings into ${resolve(values.out, "pagefind")}.`);
  for (const error of result.errors) console.error(`pagefind: ${error}`);
  process.exitCode = result.errors.length > 0 ? 1 : 0;
}
