/**
 * The build's first stage, in a process of its own (scripts/build.ts spawns it): extract the corpus
 * into the extraction file, or reuse the file there, then apply the curators' corrections
 * (content/corrections.json) and write the result back. It ends by writing what the build summary
 * needs (counts, errors, stage times) to a small JSON file, so that none of the corpus stays in the
 * memory of the process that goes on to render and index the site.
 *
 *   node scripts/site/extract-stage.ts <facts.json> [--skip-extract] <corpus folder>…
 *
 * Environment: EXTRACTION_FILE, CORRECTION_REPORT_FILE (both set by scripts/build.ts).
 */
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { extractionPath, readExtractionFile } from "../../src/lib/load-extraction.ts";
import type { ExtractionError } from "../../src/schemas/extraction.ts";
import { curateExtraction, describeCorrectionReport, writeCorrectionReport } from "../curation/curate-extraction.ts";
import { writeExtractionJson } from "../extract/write-extraction-json.ts";
import { timeStage } from "./build-summary.ts";
import { runExtraction } from "./run-extraction.ts";

/** What the stage reports to the build. */
export interface ExtractStageFacts {
  documents: number;
  findings: number;
  errors: ExtractionError[];
  timings: [string, number][];
}

const { values: flags, positionals } = parseArgs({ options: { "skip-extract": { type: "boolean", default: false } }, allowPositionals: true });
const [factsFile, ...corpus] = positionals;
if (!factsFile) {
  console.error("usage: node scripts/site/extract-stage.ts <facts.json> [--skip-extract] <corpus folder>…");
  process.exit(2);
}
const extractionFile = process.env["EXTRACTION_FILE"] ?? extractionPath();
const reportFile = process.env["CORRECTION_REPORT_FILE"] ?? "generated/corrections-report.json";
const timings: [string, number][] = [];
const show = (path: string) => (path.startsWith(process.cwd()) ? relative(process.cwd(), path) || "." : path);

try {
  const extraction = flags["skip-extract"]
    ? await timeStage(timings, "extract (reused)", async () => readExtractionFile(extractionFile))
    : await timeStage(timings, `extract ${corpus.map(show).join(", ")}`, () => runExtraction(corpus));
  const curated = await timeStage(timings, "apply curators' corrections, write the extraction", async () => {
    const { extraction: result, report } = curateExtraction(extraction);
    writeExtractionJson(extractionFile, result);
    await writeCorrectionReport(report, reportFile);
    console.log(`  ${describeCorrectionReport(report)}`);
    return result;
  });
  const facts: ExtractStageFacts = {
    documents: curated.documents.length,
    findings: curated.documents.reduce((n, d) => n + d.findings.length, 0),
    errors: extraction.errors,
    timings,
  };
  writeFileSync(factsFile, `${JSON.stringify(facts)}\n`);
} catch (error) {
  // A bad corpus folder or extraction file is the user's to fix: say what, without a stack trace.
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
