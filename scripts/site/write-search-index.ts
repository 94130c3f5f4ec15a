import * as pagefind from "pagefind";
import type { FindingRecord } from "../../src/lib/search/finding-record.ts";

/** What indexing produced. */
export interface SearchIndexResult {
  records: number;
  errors: string[];
}

/** Indexes the records with Pagefind's Node API and writes the bundle to `outputPath` (e.g. dist/pagefind). */
export async function writeSearchIndex(records: readonly FindingRecord[], outputPath: string): Promise<SearchIndexResult> {
  const errors: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: "en" });
  errors.push(...createErrors);
  if (!index) return { records: 0, errors: [...errors, "Pagefind could not create an index."] };
  try {
    let added = 0;
    // One at a time: the Pagefind service handles messages in order, and this keeps memory flat.
    for (const record of records) {
      const response = await index.addCustomRecord(record);
      errors.push(...response.errors);
      if (response.errors.length === 0) added += 1;
    }
    const written = await index.writeFiles({ outputPath });
    errors.push(...written.errors);
    return { records: added, errors };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
