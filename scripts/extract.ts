/**
 * `npm run extract -- [--out FILE] [--strict] PATH...`: extract findings from documents and write
 * the contract's JSON (to stdout without --out). Exit 0 unless --strict and something failed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ExtractionSchema } from "../src/schemas/extraction.ts";
import { extractCorpus } from "./extract/extract-corpus.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string" }, strict: { type: "boolean", default: false }, quiet: { type: "boolean", default: false } },
});
if (positionals.length === 0) {
  console.error("usage: npm run extract -- [--out FILE] [--strict] PATH...");
  process.exit(2);
}

// 1. Extract every document under the given paths.
const started = performance.now();
const extraction = await extractCorpus(positionals, {
  onProgress: (done, total) => {
    if (!values.quiet && (done === total || done % 25 === 0)) console.error(`extract: ${done}/${total} inputs`);
  },
});
// 2. Validate against the contract before writing anything.
const valid = ExtractionSchema.parse(extraction);
// 3. Write it.
const json = `${JSON.stringify(valid, null, 1)}\n`;
if (values.out) {
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  writeFileSync(values.out, json);
} else {
  process.stdout.write(json);
}
// 4. Summarise on stderr, naming every failed input.
const findings = valid.documents.reduce((n, d) => n + d.findings.length, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.error(`extract: ${valid.documents.length} documents, ${findings} findings, ${valid.errors.length} errors in ${seconds} s`);
for (const error of valid.errors) console.error(`  error: ${error.source}: ${error.message}`);
process.exit(values.strict && valid.errors.length > 0 ? 1 : 0);
