/**
 * `npm run eval`: measures the extraction.
 *
 * 1. Seeds: extract the annotated files of shared/corpus/seeds and score them against
 *    shared/gold/seeds.jsonl (findings, leaks, polarity, themes, authorities, document fields).
 * 2. Corpus: extract the real Ofsted reports of shared/corpus/ofsted and the letters of
 *    shared/corpus/letters, and run label-free checks against each folder's manifest.csv.
 * 3. Held out: grouped cross-validation over all gold (seeds and the development set): each document
 *    labelled by models trained without it, scored with 95% bootstrap intervals over documents.
 * 4. Print them as tables and write the figures to generated/eval.json for the methodology page.
 *
 * Options: --verbose (list misses), --check (exit 1 when a seed target is missed),
 * --corpus-limit N (a deterministic sample), --no-corpus, --no-held-out, --folds N (default 5), --shared DIR (default ../shared or $SHARED_DIR),
 * --out FILE (default generated/eval.json), --save-corpus FILE (keep the corpus extraction),
 * --corpus-from FILE (score a saved extraction, e.g. from `npm run extract -- --out FILE`, instead of extracting).
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadGold } from "./eval/load-gold.ts";
import { extractWithProgress } from "./eval/extract-with-progress.ts";
import { scoreSeeds } from "./eval/score-seeds.ts";
import { checkSeedTargets } from "./eval/targets.ts";
import { formatSeedReport } from "./eval/print-seed-report.ts";
import { readManifest, sampleRows } from "./eval/read-manifest.ts";
import { checkCorpus } from "./eval/corpus-checks.ts";
import { loadCodeForSlug } from "./eval/authority-code-for-slug.ts";
import { formatCorpusReport } from "./eval/print-corpus-report.ts";
import { checkLetters, readLetterManifest } from "./eval/letter-checks.ts";
import { formatLetterReport } from "./eval/print-letter-report.ts";
import { evalJson } from "./eval/eval-json.ts";
import { runHeldOut } from "./eval/held-out.ts";
import { formatHeldOutReport } from "./eval/print-held-out.ts";
import { ExtractionSchema } from "../src/schemas/extraction.ts";

const { values } = parseArgs({
  options: {
    verbose: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    "corpus-limit": { type: "string" },
    "no-corpus": { type: "boolean", default: false },
    "no-held-out": { type: "boolean", default: false },
    folds: { type: "string", default: "5" },
    shared: { type: "string" },
    out: { type: "string", default: "generated/eval.json" },
    "save-corpus": { type: "string" },
    "corpus-from": { type: "string" },
  },
});

/** Runs the seed and corpus evaluations, prints them, writes the JSON; returns the exit code. */
async function main(): Promise<number> {
  const sharedDir = resolve(values.shared ?? process.env["SHARED_DIR"] ?? "../shared");
  const corpusLimit = values["corpus-limit"] === undefined ? undefined : Number.parseInt(values["corpus-limit"], 10);
  if (corpusLimit !== undefined && !(corpusLimit > 0)) throw new Error("--corpus-limit needs a positive whole number.");

  // 1. Seeds: extract the annotated files themselves and score them against gold.
  const goldFile = resolve(sharedDir, "gold/seeds.jsonl");
  if (!existsSync(goldFile)) throw new Error(`Gold file not found: ${goldFile} (use --shared DIR).`);
  const golds = await loadGold(goldFile, sharedDir);
  console.error(`Extracting ${golds.length} seed documents…`);
  const seedExtraction = await extractWithProgress(golds.map((g) => g.path), "seeds");
  const seeds = scoreSeeds(golds, seedExtraction);
  const targets = checkSeedTargets(seeds);
  console.log(formatSeedReport(seeds, targets, values.verbose));

  // 2. Corpus: label-free checks of the real reports against their manifest.
  const manifestPath = resolve(sharedDir, "corpus/ofsted/manifest.csv");
  let corpus: Awaited<ReturnType<typeof checkCorpus>> | { skipped: string };
  if (values["no-corpus"]) corpus = { skipped: "--no-corpus given" };
  else if (!existsSync(manifestPath)) corpus = { skipped: `${manifestPath} not found` };
  else {
    const rows = sampleRows(await readManifest(manifestPath), corpusLimit);
    const { codeForSlug, source } = loadCodeForSlug();
    console.error(`Extracting ${rows.length} real reports (authorities compared by ${source})…`);
    const extraction = values["corpus-from"]
      ? ExtractionSchema.parse(JSON.parse(await readFile(values["corpus-from"], "utf8")))
      : await extractWithProgress(rows.map((r) => r.path), "corpus");
    if (values["save-corpus"]) await writeJson(values["save-corpus"], extraction);
    corpus = checkCorpus(rows, extraction, codeForSlug);
  }
  console.log("");
  console.log("skipped" in corpus ? `Real reports: skipped (${corpus.skipped}).` : formatCorpusReport(corpus));

  // 2b. Letters: label-free checks of the real letters against their manifest.
  const lettersManifest = resolve(sharedDir, "corpus/letters/manifest.csv");
  let letters: ReturnType<typeof checkLetters> | { skipped: string };
  if (values["no-corpus"]) letters = { skipped: "--no-corpus given" };
  else if (!existsSync(lettersManifest)) letters = { skipped: `${lettersManifest} not found` };
  else {
    const rows = sampleRows(await readLetterManifest(lettersManifest), corpusLimit);
    console.error(`Extracting ${rows.length} real letters…`);
    letters = checkLetters(rows, await extractWithProgress(rows.map((r) => r.path), "letters"), loadCodeForSlug().codeForSlug);
  }
  console.log("");
  console.log("skipped" in letters ? `Real letters: skipped (${letters.skipped}).` : formatLetterReport(letters));

  // 3. Held out: grouped cross-validation over every gold document.
  const folds = Number.parseInt(values.folds, 10);
  if (!(folds >= 2)) throw new Error("--folds needs a whole number of at least 2.");
  const heldOut = values["no-held-out"] ? { skipped: "--no-held-out given" } : await runHeldOut(sharedDir, folds);
  console.log("");
  console.log("skipped" in heldOut ? `Held out: skipped (${heldOut.skipped}).` : formatHeldOutReport(heldOut));

  // 4. Figures for the methodology page, and the gate.
  await writeJson(values.out, { ...(evalJson(seeds, targets, corpus, corpusLimit) as object), letters, heldOut });
  const missed = targets.filter((t) => !t.met);
  console.log("");
  console.log(missed.length === 0 ? "All seed targets met." : `Seed targets missed: ${missed.map((t) => t.name).join(", ")}.`);
  console.log(`Wrote ${values.out}.`);
  return values.check && missed.length > 0 ? 1 : 0;
}

/** Writes a value as indented JSON, making the folder first. */
async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(resolve(path), `${JSON.stringify(value, null, 2)}\n`);
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`npm run eval failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
