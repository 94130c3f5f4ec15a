import * as pagefind from "pagefind";
import { passageHtml, type PassageRecord } from "../../src/lib/search/passage-record.ts";

/** What indexing produced. */
export interface SearchIndexResult {
  /** Pagefind pages written: one per passage. */
  records: number;
  /** Findings inside them. */
  findings: number;
  errors: string[];
}

/** Passages sent to the Pagefind service before waiting for its answers (it handles them in order). */
const IN_FLIGHT = 64;

/**
 * Indexes the passages with Pagefind's Node API, each as an HTML page (passageHtml), and writes
 * the bundle to `outputPath` (e.g. dist/pagefind).
 */
export async function writeSearchIndex(passages: readonly PassageRecord[], outputPath: string): Promise<SearchIndexResult> {
  const errors: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: "en" });
  errors.push(...createErrors);
  if (!index) return { records: 0, findings: 0, errors: [...errors, "Pagefind could not create an index."] };
  try {
    let added = 0;
    let findings = 0;
    // A bounded window of requests: the service's round trips overlap, and memory stays flat.
    for (let start = 0; start < passages.length; start += IN_FLIGHT) {
      const batch = passages.slice(start, start + IN_FLIGHT);
      const responses = await Promise.all(batch.map((p) => index.addHTMLFile({ url: p.url, content: passageHtml(p) })));
      responses.forEach((response, i) => {
        errors.push(...response.errors);
        if (response.errors.length === 0) {
          added += 1;
          findings += batch[i]!.findings.length;
        }
      });
    }
    const written = await index.writeFiles({ outputPath });
    errors.push(...written.errors);
    return { records: added, findings, errors };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
