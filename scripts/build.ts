/**
 * npm run build: corpus → extraction → static site → search index.
 *
 *   CORPUS_DIR=content/reports:/other/folder npm run build -- [--strict] [--out-dir dist] [--skip-extract]
 *
 * Environment: CORPUS_DIR (folders separated by ":", default content/reports),
 * EXTRACTION_FILE (where the extraction is written and read, default generated/extraction.json).
 * Exits non-zero when a stage fails, or with --strict when some input could not be extracted.
 */
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractionPath, readExtractionFile } from "../src/lib/load-extraction.ts";
import type { Extraction } from "../src/schemas/extraction.ts";
import { indexSearch } from "./index-search.ts";
import { dirSize, formatBytes } from "./site/dir-size.ts";
import { runAstroBuild } from "./site/run-astro-build.ts";
import { runNodeScript } from "./site/run-node-script.ts";
import { corpusDirs, runExtraction } from "./site/run-extraction.ts";
import { printSummary, timeStage } from "./site/build-summary.ts";
import { curateExtraction, describeCorrectionReport, writeCorrectionReport } from "./curation/curate-extraction.ts";
import { writeExtractionJson } from "./extract/write-extraction-json.ts";

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
//      page reports what they changed and which ids no longer exist. Only the counts outlive this step,
//      so the extraction's memory is free before the site is rendered.
process.env["CORRECTION_REPORT_FILE"] ??= resolve("generated/corrections-report.json");
const corpusFacts = await extractAndCurate();

async function extractAndCurate(): Promise<{ documents: number; findings: number; errors: Extraction["errors"] }> {
  const extractionFile = process.env["EXTRACTION_FILE"] ?? extractionPath();
  const extraction = flags["skip-extract"]
    ? await timeStage(timings, "extract (reused)", async () => readExtractionFile(extractionFile))
    : await timeStage(timings, `extract ${corpus.map(show).join(", ")}`, () => runExtraction(corpus, extractionFile));
  const curated = await timeStage(timings, "apply curators' corrections", async () => {
    const { extraction: result, report } = curateExtraction(extraction);
    writeExtractionJson(extractionFile, result);
    await writeCorrectionReport(report, process.env["CORRECTION_REPORT_FILE"]!);
    console.log(`  ${describeCorrectionReport(report)}`);
    return result;
  });
  return {
    documents: curated.documents.length,
    findings: curated.documents.reduce((n, d) => n + d.findings.length, 0),
    errors: extraction.errors,
  };
}

// 3. Render the site with Astro; pages read the extraction through EXTRACTION_FILE.
const pages = await timeStage(timings, `astro build → ${show(outDir)}`, () => runAstroBuild(outDir));

// 4. Beside each other (two cores): index the findings with Pagefind into <outDir>/pagefind, and
//    write the large downloads (<outDir>/data/findings.*, per authority, per theme) in a child process.
const [search] = await Promise.all([
  timeStage(timings, "index findings with Pagefind", () => indexSearch(outDir)),
  timeStage(timings, "write downloads", () => runNodeScript(resolve(root, "scripts/site/write-downloads.ts"), [outDir], root)),
]);

// 5. Report.
const size = await dirSize(outDir);
printSummary({
  documents: corpusFacts.documents,
  findings: corpusFacts.findings,
  errors: corpusFacts.errors,
  searchRecords: search.records,
  searchErrors: search.errors,
  pages,
  distSize: `${formatBytes(size.bytes)} in ${size.files} files`,
  timings,
});
const failed = search.errors.length > 0 || (flags.strict && corpusFacts.errors.length > 0);
process.exit(failed ? 1 : 0);
