/**
 * Measures what should never become a finding.
 *   ./node_modules/.bin/node scripts/eval/measure-leaks.ts [--shared DIR] [--letters N] [--verbose] [--no-letters]
 *
 * 1. Reports: extracts the documents of shared/gold/reports-dev.jsonl and prints, per report, the leaks
 *    (findings matching a gold `leaks` string, annotation.md "Gold files") and the gold finding recall.
 * 2. Letters: extracts the letters of shared/corpus/letters (all, or a deterministic sample of N) and
 *    counts findings that look like letter furniture (salutations, sign-offs, addresses, dates, names).
 * Reader output is cached under .cache/measure-sources, keyed by the file and the readers' sources,
 * so a change to the stages re-measures in seconds.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractDocument } from "../pipeline/extract-document.ts";
import type { ExtractionResources } from "../pipeline/extract-document.ts";
import { readDocument } from "../readers/index.ts";
import type { SourceDocument } from "../readers/source-document.ts";
import { extractorVersion, PROJECT_ROOT } from "../extract/extractor-version.ts";
import { loadResources } from "../extract/load-resources.ts";
import { findLeaks } from "./detect-leaks.ts";
import { letterFurnitureKind } from "./letter-furniture-kind.ts";
import { matchFindings } from "./match-findings.ts";
import { readManifest, sampleRows } from "./read-manifest.ts";

const { values } = parseArgs({
  options: {
    shared: { type: "string" },
    letters: { type: "string" },
    "no-letters": { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
  },
});

const CACHE_DIR = join(PROJECT_ROOT, ".cache/measure-sources");
const readersVersion = extractorVersion(PROJECT_ROOT, ["scripts/readers", "package-lock.json"]);

/** Read a file through its reader, or take the reader's output from the cache. */
async function readSource(path: string): Promise<{ source: SourceDocument; sha256: string }> {
  const bytes = readFileSync(path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const cached = join(CACHE_DIR, `${sha256.slice(0, 24)}-${readersVersion}.json`);
  if (existsSync(cached)) return { source: JSON.parse(readFileSync(cached, "utf8")) as SourceDocument, sha256 };
  const source = await readDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), path);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, JSON.stringify(source));
  return { source, sha256 };
}

/** The findings' texts of one file, and the seconds the stages took (reading excluded). */
async function extractTexts(path: string, resources: ExtractionResources): Promise<{ texts: string[]; seconds: number; chars: number }> {
  const { source, sha256 } = await readSource(path);
  const started = performance.now();
  const document = extractDocument(source, { path, sha256 }, resources);
  return { texts: document.findings.map((f) => f.text), seconds: (performance.now() - started) / 1000, chars: source.text.length };
}

/** The fields this measure needs of a gold line; read loosely, so a change elsewhere in the gold's schema does not stop it. */
interface LeakGold {
  path: string;
  findings: { text: string }[];
  leaks: string[];
}

/** The gold file's documents, with `doc` resolved against the parent of the shared folder. */
function loadLeakGold(file: string, sharedDir: string): LeakGold[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      const parsed = JSON.parse(line) as Partial<{ doc: string; findings: { text: string }[]; leaks: string[] }>;
      if (typeof parsed.doc !== "string" || !Array.isArray(parsed.findings) || !Array.isArray(parsed.leaks)) {
        throw new Error(`${file} line ${index + 1}: needs doc, findings and leaks`);
      }
      return { path: resolve(sharedDir, "..", parsed.doc), findings: parsed.findings, leaks: parsed.leaks };
    });
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** Leaks and recall over the development gold, one line per report. */
async function measureReports(sharedDir: string, resources: ExtractionResources): Promise<void> {
  const golds = loadLeakGold(join(sharedDir, "gold/reports-dev.jsonl"), sharedDir);
  let leaks = 0;
  let gold = 0;
  let matched = 0;
  let predicted = 0;
  let seconds = 0;
  let chars = 0;
  console.log("Reports (gold reports-dev.jsonl): leaks and finding recall per report");
  for (const doc of golds) {
    const run = await extractTexts(doc.path, resources);
    seconds += run.seconds;
    chars += run.chars;
    const found = findLeaks(run.texts, doc.leaks);
    const match = matchFindings(
      doc.findings.map((f) => f.text),
      run.texts,
    );
    leaks += found.length;
    gold += doc.findings.length;
    matched += match.pairs.length;
    predicted += run.texts.length;
    const name = `${basename(join(doc.path, ".."))}/${basename(doc.path)}`;
    console.log(`  ${name.padEnd(72)} leaks ${String(found.length).padStart(2)}  recall ${match.pairs.length}/${doc.findings.length}`);
    if (values.verbose) for (const l of found) console.log(`      LEAK ${clip(l.text, 140)}`);
    if (values.verbose) for (const i of match.unmatchedGold) console.log(`      MISS ${clip(doc.findings[i]!.text, 140)}`);
  }
  console.log(`  total: ${golds.length} reports, ${leaks} leaks, recall ${matched}/${gold} = ${(matched / gold).toFixed(3)}, ${predicted} findings`);
  console.log(`  stages: ${(chars / 1e6 / seconds).toFixed(2)} MB of text per second (one core, reading excluded)`);
}

/** Findings that look like letter furniture over the letters corpus, by kind. */
async function measureLetters(sharedDir: string, resources: ExtractionResources): Promise<void> {
  const manifest = join(sharedDir, "corpus/letters/manifest.csv");
  if (!existsSync(manifest)) {
    console.log(`Letters: skipped (${manifest} not found)`);
    return;
  }
  const limit = values.letters === undefined ? undefined : Number.parseInt(values.letters, 10);
  const rows = sampleRows(await readManifest(manifest), limit);
  const byKind = new Map<string, number>();
  let findings = 0;
  let withFurniture = 0;
  const examples: string[] = [];
  for (const row of rows) {
    const run = await extractTexts(row.path, resources);
    findings += run.texts.length;
    let here = 0;
    for (const text of run.texts) {
      const kind = letterFurnitureKind(text);
      if (!kind) continue;
      here++;
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      examples.push(`${kind.padEnd(10)} ${basename(join(row.path, ".."))}: ${clip(text, 120)}`);
    }
    if (here > 0) withFurniture++;
  }
  const total = [...byKind.values()].reduce((a, b) => a + b, 0);
  const kinds = [...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ");
  console.log(`Letters: ${rows.length} letters, ${findings} findings; ${total} look like letter furniture in ${withFurniture} letters${kinds ? ` (${kinds})` : ""}`);
  if (values.verbose) for (const line of examples) console.log(`  ${line}`);
}

async function main(): Promise<void> {
  const sharedDir = resolve(values.shared ?? process.env["SHARED_DIR"] ?? "../shared");
  if (!existsSync(join(sharedDir, "gold/reports-dev.jsonl"))) throw new Error(`${sharedDir}/gold/reports-dev.jsonl not found (use --shared DIR).`);
  const resources = loadResources();
  await measureReports(sharedDir, resources);
  if (!values["no-letters"]) await measureLetters(sharedDir, resources);
}

await main();
