/**
 * `node scripts/bench/check-output.ts [--limit N] [--texts FILE] [PATH…]`: the fingerprint of extraction over
 * the first N documents under PATHs (default: 100 reports of ../shared/corpus/ofsted, the seeds and content/reports).
 * Run it before and after a change that should not alter the output: the hashes must match. `--texts FILE`
 * keeps the read texts in FILE (reading PDFs is slow) and reuses them when it exists; keep it outside the repo,
 * the texts are the corpus's.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { listInputs } from "../extract/list-inputs.ts";
import { readerFor } from "../readers/index.ts";
import { PROJECT_ROOT } from "../extract/extractor-version.ts";
import { loadResources } from "../extract/load-resources.ts";
import { fingerprintExtraction } from "./extraction-fingerprint.ts";
import { readCorpus, type ReadDocument } from "./read-corpus.ts";

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: "string", default: "100" }, texts: { type: "string" } },
});
const limit = Number(flags.limit);
const shared = resolve(PROJECT_ROOT, "../shared/corpus");
const paths = positionals.length > 0 ? positionals : [resolve(shared, "ofsted"), resolve(shared, "seeds"), resolve(PROJECT_ROOT, "content/reports")];

/** The first `limit` documents of the first path, and every document of the others (the small seed sets). */
async function readDocuments(): Promise<ReadDocument[]> {
  if (flags.texts && existsSync(flags.texts)) return JSON.parse(readFileSync(flags.texts, "utf8")) as ReadDocument[];
  const [first, ...rest] = paths;
  const firstInputs = listInputs([first!]).flatMap((input) => ("error" in input || !readerFor(input.path) ? [] : [input.path]));
  const documents = [...(await readCorpus(firstInputs.slice(0, limit))).documents, ...(rest.length > 0 ? (await readCorpus(rest)).documents : [])];
  if (flags.texts) writeFileSync(flags.texts, JSON.stringify(documents));
  return documents;
}

const documents = await readDocuments();
const fingerprint = fingerprintExtraction(documents, loadResources());
console.log(`${fingerprint.sha256}  ${fingerprint.documents} documents, ${fingerprint.findings} findings, ${fingerprint.failed} failed`);
