/**
 * Indexes every finding of the extraction with Pagefind, grouped into passages (one Pagefind page
 * per passage, each finding an anchor inside it; see src/lib/search/passage-record.ts), written to
 * <outDir>/pagefind: one bundle, or several when there are more passages than SEARCH_BUNDLE_PASSAGES
 * (default 4,000; src/lib/search/search-bundles.ts), listed then on the search page's form. Run after
 * `astro build`; scripts/build.ts calls it. Documents are read from the extraction file one at a
 * time, so only the passages are ever held.
 *
 *   SEARCH_BUNDLE_PASSAGES=4000 node scripts/index-search.ts [--out dist]
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractionPath } from "../src/lib/load-extraction.ts";
import { loadSiteLookup } from "../src/lib/search/load-site-lookup.ts";
import { passageRecordsOf } from "../src/lib/search/passage-record.ts";
import { BUNDLE_PASSAGES } from "../src/lib/search/search-bundles.ts";
import { readExtractionDocuments } from "../src/lib/read-extraction-documents.ts";
import { writeBundleList } from "./site/search-page-bundles.ts";
import { type SearchIndexResult, writeSearchIndex } from "./site/write-search-index.ts";

/** Most passages per bundle: env SEARCH_BUNDLE_PASSAGES (a positive whole number), else BUNDLE_PASSAGES. */
export function bundlePassagesFromEnv(value: string | undefined = process.env["SEARCH_BUNDLE_PASSAGES"]): number {
  if (value === undefined || value.trim() === "") return BUNDLE_PASSAGES;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`SEARCH_BUNDLE_PASSAGES must be a positive whole number, not "${value}".`);
  return limit;
}

/** Indexes the extraction's findings (EXTRACTION_FILE) into `<outDir>/pagefind` and lists the bundles on `<outDir>/search/`. */
export async function indexSearch(outDir: string): Promise<SearchIndexResult> {
  const bundlePassages = bundlePassagesFromEnv();
  const passages = passageRecordsOf(readExtractionDocuments(extractionPath()), loadSiteLookup());
  const result = await writeSearchIndex(passages, resolve(outDir, "pagefind"), { bundlePassages });
  const listed = writeBundleList(resolve(outDir, "search/index.html"), result.bundles);
  if (listed) result.errors.push(listed);
  return result;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { out: { type: "string", default: "dist" } } });
  const result = await indexSearch(values.out);
  const bundles = result.bundles === 1 ? "" : ` (${result.bundles} bundles)`;
  console.log(`Indexed ${result.findings} findings in ${result.records} passages into ${resolve(values.out, "pagefind")}${bundles}.`);
  for (const error of result.errors) console.error(`pagefind: ${error}`);
  process.exitCode = result.errors.length > 0 ? 1 : 0;
}
