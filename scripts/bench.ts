/**
 * `npm run bench -- [--corpus PATH[:PATH]] [--scale N] [--skip-build] [--query WORDS[,WORDS…]] [--filter NAME=VALUE] [--keep]`:
 * measure reading, extraction, the full build, an incremental extraction, the built site's size and
 * the search's transfer, print them beside the last run's (.bench/last.json) with the targets.
 * Default corpus: ../shared/corpus/ofsted plus content/reports. Work files go to a temp folder.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { BenchFigures } from "./bench/bench-figures.ts";
import { formatBenchTable } from "./bench/bench-figures.ts";
import { distMetrics, SCRIPT_SECTIONS } from "./bench/dist-metrics.ts";
import { formatProfile, profileDocumentPages } from "./bench/document-page-profile.ts";
import { generateCorpus } from "./bench/generate-corpus.ts";
import { measureProcess } from "./bench/measure-process.ts";
import { measureSearch } from "./bench/measure-search.ts";
import { measureStages } from "./bench/measure-stages.ts";
import { parseBuildOutput } from "./bench/parse-build-output.ts";
import { readCorpus } from "./bench/read-corpus.ts";
import type { CorpusReading } from "./bench/read-corpus.ts";
import { readLastRun, writeLastRun } from "./bench/last-run.ts";
import { subjectFinder, varyText } from "./bench/vary-text.ts";
import { PROJECT_ROOT } from "./extract/extractor-version.ts";
import { loadResources } from "./extract/load-resources.ts";

const { values: flags } = parseArgs({
  options: {
    corpus: { type: "string" },
    scale: { type: "string", default: "1" },
    "skip-build": { type: "boolean", default: false },
    query: { type: "string", default: "care leavers,MASH,neglect" },
    filter: { type: "string", default: "polarity=strength" },
    keep: { type: "boolean", default: false },
  },
});
const scale = Number(flags.scale);
if (!Number.isInteger(scale) || scale < 1) {
  console.error(`--scale wants a whole number of 1 or more, not ${JSON.stringify(flags.scale)}`);
  process.exit(2);
}
const given = flags.corpus?.split(":").filter((p) => p.length > 0);
const corpus = (given ?? [resolve(PROJECT_ROOT, "../shared/corpus/ofsted"), resolve(PROJECT_ROOT, "content/reports")]).map((p) => resolve(p));
const corpusKey = `${corpus.join(":")} x${scale}${flags["skip-build"] ? " (extraction only)" : ""}`;
const work = mkdtempSync(join(tmpdir(), "bench-"));
const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);
const every = (label: string) => (done: number, total: number) => {
  if (done === total || done % Math.max(1, Math.ceil(total / 10)) === 0) log(`${label} ${done}/${total}`);
};

// 1. Read the corpus once: the PDF reading rate, and the texts the stages and the generator need.
log(`reading ${corpus.join(", ")}`);
let reading: CorpusReading = await readCorpus(corpus, every("read"));
const pdfPagesPerSecond = reading.pdfSeconds > 0 ? reading.pdfPages / reading.pdfSeconds : undefined;
const resources = loadResources();
let measured = corpus;
if (scale > 1) {
  // 2. --scale: N varied copies of every document as .txt, then read those instead.
  const out = join(work, "corpus");
  const texts = reading.documents.map((d) => ({ path: d.path, text: d.source.text }));
  const files = generateCorpus(texts, resources.authorities, scale, out);
  log(`generated ${files.length} documents in ${out}`);
  measured = [out];
  reading = await readCorpus(measured, every("read scaled"));
}

// 3. The stages alone, in-process on one core, over the already-read texts.
log("timing the stages on one core");
const stages = measureStages(reading.documents, resources);
const figures: BenchFigures = {
  when: new Date().toISOString(),
  corpus: corpus.join(":"),
  scale,
  documents: reading.documents.length,
  pdfPages: reading.pdfPages,
  textMB: reading.textBytes / 1e6,
  extractMBPerSecondPerCore: reading.textBytes / 1e6 / stages.seconds,
  extractMBPerCpuSecond: reading.textBytes / 1e6 / stages.cpuSeconds,
};
if (pdfPagesPerSecond !== undefined) figures.pdfPagesPerSecond = pdfPagesPerSecond;
const extraSource = reading.documents[0];
reading = { documents: [], failed: 0, pdfPages: 0, pdfSeconds: 0, textBytes: 0 }; // let the texts go before the build

// 4. The full build (or, with --skip-build, `npm run extract` on all cores), cold cache, in temp folders.
const cacheDir = join(work, "cache");
const env = { EXTRACT_CACHE_DIR: cacheDir, EXTRACTION_FILE: join(work, "extraction.json"), CORPUS_DIR: measured.join(":"), EXTRACT_CACHE: "1" };
const echo = (line: string): void => log(`  | ${line.slice(0, 160)}`);
const node = process.execPath;
const dist = join(work, "dist");
if (flags["skip-build"]) {
  log("npm run extract (all cores, cold cache)");
  const run = await measureProcess(node, ["scripts/extract.ts", "--out", env.EXTRACTION_FILE, ...measured], { cwd: PROJECT_ROOT, env, echo });
  figures.extractExitCode = run.code ?? -1;
  figures.extractSeconds = run.seconds;
  figures.extractPeakMB = run.peakRssBytes / 2 ** 20;
} else {
  log("npm run build (cold cache)");
  // Each "▸ stage…" line of the build starts a stage: the memory is also kept per stage.
  const phaseOf = (line: string) => /^▸ (.+)…$/.exec(line.trim())?.[1];
  const run = await measureProcess(node, ["scripts/build.ts", "--out-dir", dist], { cwd: PROJECT_ROOT, env, echo, phaseOf });
  figures.buildExitCode = run.code ?? -1;
  if (run.code !== 0) log(`the build exited with code ${run.code}; its figures may be incomplete`);
  figures.buildSeconds = run.seconds;
  figures.buildPeakMB = run.peakRssBytes / 2 ** 20;
  const parsed = parseBuildOutput(run.stdout);
  // Stage names hold the run's temporary folders ("astro build → /tmp/bench-x/dist"): named without them, they match from run to run.
  const stageName = (stage: string) => stage.replaceAll(dist, "dist").replaceAll(work, "<work>");
  figures.stages = Object.fromEntries(parsed.stages.map(([stage, seconds]) => [stageName(stage), seconds]));
  figures.stagePeaksMB = Object.fromEntries(Object.entries(run.peakRssBytesByPhase).map(([stage, bytes]) => [stageName(stage), bytes / 2 ** 20]));
}

// 5. Add one document to the built corpus: only it should be extracted.
if (extraSource) {
  const extra = join(work, "added");
  mkdirSync(extra);
  const subject = subjectFinder(resources.authorities)(extraSource.source.text);
  const target = resources.authorities.find((a) => a !== subject) ?? resources.authorities[0]!;
  writeFileSync(join(extra, `${basename(extraSource.path).replace(/\.[^.]+$/, "")}-added.txt`), varyText(extraSource.source.text, subject, { target, shiftDays: 3, seed: 1 }));
  log("npm run extract with one added document (warm cache)");
  const run = await measureProcess(node, ["scripts/extract.ts", "--quiet", "--out", join(work, "plus-one.json"), ...measured, extra], { cwd: PROJECT_ROOT, env, echo });
  figures.addOneSeconds = run.seconds;
  if (run.code !== 0) log(`the incremental extraction exited with code ${run.code}`);
}

// 6. The built site: sizes, the largest page, the search page's own load, and what a first and a filtered search transfer.
if (!flags["skip-build"]) {
  try {
    const site = distMetrics(dist);
    Object.assign(figures, {
      htmlPages: site.htmlPages,
      distMB: site.distBytes / 1e6,
      pagefindMB: site.pagefindBytes / 1e6,
      largestHtmlKB: (site.largestHtml?.bytes ?? 0) / 1e3,
      largestHtmlPath: site.largestHtml?.path ?? "",
      htmlOverBudget: site.htmlOverBudget,
      distFiles: site.files,
      largestFileMB: (site.largestFile?.bytes ?? 0) / 1e6,
      largestFilePath: site.largestFile?.path ?? "",
      filesOver25MiB: site.filesOverLimit,
      documentPageKB: site.documentPagesBytes / Math.max(1, site.documents) / 1e3,
    });
    log(`largest file: ${site.largestFile?.path} (${((site.largestFile?.bytes ?? 0) / 1e6).toFixed(1)} MB)`);
    log(`where the document pages' bytes go:\n${formatProfile(profileDocumentPages(dist))}`);
    log(`largest HTML page: ${site.largestHtml?.path} (${((site.largestHtml?.bytes ?? 0) / 1e3).toFixed(0)} kB)`);
    figures.scriptPagesElsewhere = Object.entries(site.scriptPagesBySection)
      .filter(([section]) => !SCRIPT_SECTIONS.includes(section))
      .reduce((n, [, pages]) => n + pages, 0);
    log(`pages with a script, by section: ${JSON.stringify(site.scriptPagesBySection)}`);
    for (const query of flags.query.split(",").map((q) => q.trim()).filter(Boolean)) {
      const search = await measureSearch(dist, query, flags.filter);
      if ("skipped" in search) {
        log(`search transfer not measured: ${search.skipped}`);
        break;
      }
      if (figures.firstSearchKB === undefined) {
        Object.assign(figures, { searchPageKB: search.page / 1e3, firstSearchKB: search.first / 1e3, filteredSearchKB: search.filtered / 1e3 });
      }
      (figures.searches ??= {})[query] = { firstKB: search.first / 1e3, filteredKB: search.filtered / 1e3 };
      log(`search "${query}": ${search.status} Then, with ${flags.filter} ticked: ${search.filteredStatus}`);
    }
  } catch (error) {
    log(`site figures not measured: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// 7. Print beside the last run, and keep this one.
const lastFile = join(PROJECT_ROOT, ".bench/last.json");
console.log(`\nBenchmark: ${corpusKey}\n`);
console.log(formatBenchTable(figures, readLastRun(lastFile, corpusKey)));
writeLastRun(lastFile, corpusKey, figures);
if (flags.keep) log(`work files kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
