/**
 * `npm run extract -- [--out FILE] [--strict] [--quiet] [--no-cache] [--workers N] [--timeout S] PATH...`:
 * extract findings from documents and write the contract's JSON (to stdout without --out).
 * Exit 0 unless --strict and something failed. EXTRACT_CACHE=0 also turns the cache off.
 */
import { parseArgs } from "node:util";
import { ExtractionSchema } from "../src/schemas/extraction.ts";
import type { Extraction } from "../src/schemas/extraction.ts";
import { extractCorpusInOrder } from "./extract/extract-corpus.ts";
import type { ExtractCorpusOptions } from "./extract/extract-corpus.ts";
import { createProgressReporter } from "./extract/progress-reporter.ts";
import { ExtractionJsonWriter, extractionJsonChunks } from "./extract/write-extraction-json.ts";

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
// 2. Write each document (validated by the extraction) as soon as it and all before it are done,
// with --out: a national corpus is never held whole. To stdout, the whole is written at the end.
const valid: Extraction = { documents: [], errors: [] };
const writer = values.out ? new ExtractionJsonWriter(values.out) : undefined;
let documents = 0;
let findings = 0;
try {
  await extractCorpusInOrder(positionals, options, (item) => {
    if (!("document" in item)) return void valid.errors.push(item);
    documents++;
    findings += item.document.findingIds.length;
    // Documents come validated; a cached one is copied into the file as the cache holds it.
    if (writer) writer.documentBody(item.document.body());
    else valid.documents.push(item.document.document());
  });
  valid.errors = ExtractionSchema.shape.errors.parse(valid.errors);
  // 3. The end of the file (the errors), or the whole extraction to stdout, a document at a time.
  if (writer) writer.finish(valid.errors);
  else for (const chunk of extractionJsonChunks(valid)) process.stdout.write(chunk);
} catch (error) {
  writer?.abandon();
  throw error;
}
// 4. Summarise on stderr, naming every failed input.
const summary = { documents, findings, errors: valid.errors.length, cacheHits, seconds: (performance.now() - started) / 1000 };
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
