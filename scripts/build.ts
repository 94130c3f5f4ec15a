/**
 * npm run build: corpus → extraction → static site → search index → downloads.
 *
 *   CORPUS_DIR=content/reports:/other/folder npm run build -- [--strict] [--out-dir dist] [--skip-extract]
 *
 * Environment: CORPUS_DIR (folders separated by ":", default content/reports),
 * EXTRACTION_FILE (where the extraction is written and read, default generated/extraction.json).
 * Exits non-zero when a stage fails, or with --strict when some input could not be extracted.
 */
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { extractionPath } from "../src/lib/load-extraction.ts";
import type { ExtractStageFacts } from "./site/extract-stage.ts";
import { indexSearch } from "./index-search.ts";
import { dirSize, formatBytes } from "./site/dir-size.ts";
import { runAstroBuild } from "./site/run-astro-build.ts";
import { runNodeScript } from "./site/run-node-script.ts";
import { corpusDirs } from "./site/run-extraction.ts";
import { printSummary, timePart, timeStage } from "./site/build-summary.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const { values: flags } = parseArgs({
  options: {
    strict: { type: "boolean", default: false },
    "out-dir": { type: "string", default: "dist" },
    "skip-extract": { type: "boolean", default: false },
  },
});

// Paths are resolved against the caller's folder, then every stage runs from the project root.
const outDir = resolve(flags["out-dir"]);
const corpus = corpusDirs(process.env["CORPUS_DIR"]);
process.env["EXTRACTION_FILE"] = extractionPath();
process.chdir(root);
const timings: [string, number][] = [];
/** A path as the summary shows it: relative inside the project, absolute outside. */
const show = (path: string) => (path.startsWith(root) ? relative(root, path) || "." : path);

// 1–2. Extract the corpus into the validated extraction file (or reuse the one there), then apply the
//      curators' corrections (content/corrections.json); pages show them as reviewed, the methodology
//      page reports what they changed and which ids no longer exist. A child process does it, so the
//      corpus it held is given back before the site is rendered; only its counts come back.
process.env["CORRECTION_REPORT_FILE"] ??= resolve("generated/corrections-report.json");
const corpusFacts = await extractStage().catch(stop);

async function extractStage(): Promise<ExtractStageFacts> {
  const factsFile = join(mkdtempSync(join(tmpdir(), "ofsted-build-")), "facts.json");
  try {
    await runNodeScript(resolve(root, "scripts/site/extract-stage.ts"), [factsFile, ...(flags["skip-extract"] ? ["--skip-extract"] : []), ...corpus], root);
    const facts = JSON.parse(readFileSync(factsFile, "utf8")) as ExtractStageFacts;
    timings.push(...facts.timings);
    return facts;
  } finally {
    rmSync(dirname(factsFile), { recursive: true, force: true });
  }
}

/** A stage failed: its own messages are above; say which stage and stop, without a stack trace. */
function stop(error: unknown): never {
  console.error(`✗ build stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// 3. Render the site with Astro; pages read the extraction through EXTRACTION_FILE.
const pages = await timeStage(timings, `astro build → ${show(outDir)}`, () => runAstroBuild(outDir)).catch(stop);

// 4. Index the findings with Pagefind into <outDir>/pagefind and, side by side, write the large
//    downloads (<outDir>/data/findings.*, per authority, per theme) in a child process. Both read the
//    extraction a document at a time; the downloads hold about 370 MB, Pagefind's service up to
//    1.1 GB per bundle (scripts/site/write-search-index.ts), so together they stay within the budget.
//    The downloads' process is started first: the indexer reads the extraction synchronously before
//    its first await, so started second it would wait for that.
const [, search] = await timeStage(timings, "index findings with Pagefind ‖ write downloads", () =>
  Promise.all([
    timePart(timings, "write downloads", () => runNodeScript(resolve(root, "scripts/site/write-downloads.ts"), [outDir], root)),
    timePart(timings, "index findings with Pagefind", () => indexSearch(outDir)),
  ]),
).catch(stop);

// 5. Report.
const size = await dirSize(outDir);
printSummary({
  documents: corpusFacts.documents,
  findings: corpusFacts.findings,
  errors: corpusFacts.errors,
  searchRecords: search.records,
  searchBundles: search.bundles,
  searchErrors: search.errors,
  pages,
  distSize: `${formatBytes(size.bytes)} in ${size.files} files`,
  timings,
});
const failed = search.errors.length > 0 || (flags.strict && corpusFacts.errors.length > 0);
process.exit(failed ? 1 : 0);
