/**
 * The build's first stage, in a process of its own (scripts/build.ts spawns it): extract the corpus
 * (or reuse the extraction file there), apply the curators' corrections (content/corrections.json)
 * and write the extraction file, a document at a time as each is ready. It ends by writing what the build summary
 * needs (counts, errors, stage times) to a small JSON file, so that none of the corpus stays in the
 * memory of the process that goes on to render and index the site.
 *
 *   node scripts/site/extract-stage.ts <facts.json> [--skip-extract] <corpus folder>…
 *
 * Environment: EXTRACTION_FILE, CORRECTION_REPORT_FILE (both set by scripts/build.ts).
 */
import { existsSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { extractionPath } from "../../src/lib/load-extraction.ts";
import { readExtraction } from "../../src/lib/read-extraction-documents.ts";
import type { ExtractionError } from "../../src/schemas/extraction.ts";
import { DocumentCurator } from "../curation/apply-corrections.ts";
import { describeCorrectionReport, writeCorrectionReport } from "../curation/correction-report.ts";
import { loadCorrections } from "../curation/load-corrections.ts";
import { CorpusDocument } from "../extract/corpus-document.ts";
import { ExtractionJsonWriter } from "../extract/write-extraction-json.ts";
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
  if (flags["skip-extract"] && !existsSync(extractionFile)) {
    throw new Error(`No extraction at ${extractionFile} to reuse: build once without --skip-extract.`);
  }
  // Each document is curated and written as it comes: the stage never holds the corpus.
  const curator = new DocumentCurator(loadCorrections());
  const writer = new ExtractionJsonWriter(extractionFile);
  const facts: ExtractStageFacts = { documents: 0, findings: 0, errors: [], timings };
  const write = (document: CorpusDocument): void => {
    // A document no correction touches is written as it came: a cached one is copied, never parsed.
    if (curator.passesUntouched(document.findingIds)) writer.documentBody(document.body());
    else writer.document(curator.curate(document.document()));
    facts.documents++;
    facts.findings += document.findingIds.length;
  };
  try {
    facts.errors = flags["skip-extract"]
      ? await timeStage(timings, "reuse the extraction, apply curators' corrections", async () => {
          return readExtraction(extractionFile, (document) => write(CorpusDocument.of(document)));
        })
      : await timeStage(timings, `extract ${corpus.map(show).join(", ")}, apply curators' corrections`, () => runExtraction(corpus, write));
    writer.finish(facts.errors);
  } catch (error) {
    writer.abandon();
    throw error;
  }
  const report = curator.report();
  await writeCorrectionReport(report, reportFile);
  console.log(`  ${describeCorrectionReport(report)}`);
  writeFileSync(factsFile, `${JSON.stringify(facts)}\n`);
} catch (error) {
  // A bad corpus folder or extraction file is the user's to fix: say what, without a stack trace.
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
