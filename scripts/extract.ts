/**
 * `npm run extract -- [--out FILE] [--strict] [--quiet] [--no-cache] [--workers N] [--timeout S] PATH...`:
 * extract findings from documents and write the contract's JSON (to stdout without --out).
 * Exit 0 unless --strict and something failed. EXTRACT_CACHE=0 also turns the cache off.
 */
import { parseArgs } from "node:util";
import { DocumentSchema } from "../src/schemas/document.ts";
import { ExtractionSchema } from "../src/schemas/extraction.ts";
import type { Extraction } from "../src/schemas/extraction.ts";
import { extractCorpus } from "./extract/extract-corpus.ts";
import type { ExtractCorpusOptions } from "./extract/extract-corpus.ts";
import { createProgressReporter } from "./extract/progress-reporter.ts";
import { extractionJsonChunks, writeExtractionJson } from "./extract/write-extraction-json.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  allowNegative: true,
  options: {
    out: { type: "string" },
    strict: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
    cache: { type: "boolean" },
    workers: { type: "string" },
    timeout: { type: "string" },
  },
});
if (positionals.length === 0) {
  console.error("usage: npm run extract -- [--out FILE] [--strict] [--quiet] [--no-cache] [--workers N] [--timeout SECONDS] PATH...");
  process.exit(2);
}

// 1. Extract every document under the given paths, showing progress on stderr.
const started = performance.now();
const progress = values.quiet ? undefined : createProgressReporter();
let cacheHits = 0;
const options: ExtractCorpusOptions = {
  onProgress: (done, total, _path, info) => {
    if (info.cached) cacheHits++;
    progress?.tick(done, total, info);
  },
};
if (values.cache !== undefined) options.cache = values.cache;
if (values.workers !== undefined) options.workers = positiveInteger(values.workers, "--workers", true);
if (values.timeout !== undefined) options.timeoutSeconds = positiveInteger(values.timeout, "--timeout", false);
const extraction = await extractCorpus(positionals, options);
// 2. Validate against the contract before writing anything, a document at a time: parsing the whole
// extraction at once would hold two copies of a national corpus in memory.
const valid: Extraction = {
  documents: extraction.documents.map((document, i) => {
    const parsed = DocumentSchema.parse(document);
    (extraction.documents as unknown[])[i] = undefined; // let the unvalidated copy go
    return parsed;
  }),
  errors: ExtractionSchema.shape.errors.parse(extraction.errors),
};
// 3. Write it, a document at a time (a national corpus is larger than one string can be).
if (values.out) writeExtractionJson(values.out, valid);
else for (const chunk of extractionJsonChunks(valid)) process.stdout.write(chunk);
// 4. Summarise on stderr, naming every failed input.
const findings = valid.documents.reduce((n, d) => n + d.findings.length, 0);
const summary = { documents: valid.documents.length, findings, errors: valid.errors.length, cacheHits, seconds: (performance.now() - started) / 1000 };
(progress ?? createProgressReporter({ ci: true })).finish(summary);
for (const error of valid.errors) console.error(`  error: ${error.source}: ${error.message}`);
process.exitCode = values.strict && valid.errors.length > 0 ? 1 : 0;

function positiveInteger(value: string, flag: string, zeroAllowed: boolean): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (zeroAllowed ? 0 : 1)) {
    console.error(`${flag} wants a whole number${zeroAllowed ? " (0 or more)" : " above 0"}, not ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return n;
}
