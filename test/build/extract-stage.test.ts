/** The build's extraction stage (scripts/site/extract-stage.ts), run as the build runs it: a process of its own. */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applyCorrections } from "../../scripts/curation/apply-corrections.ts";
import { extractCorpus } from "../../scripts/extract/extract-corpus.ts";
import { extractionJsonChunks } from "../../scripts/extract/write-extraction-json.ts";
import { PROJECT_ROOT } from "../../scripts/extract/extractor-version.ts";
import type { Correction } from "../../src/schemas/correction.ts";
import { ExtractionSchema } from "../../src/schemas/extraction.ts";

const fixture = join(PROJECT_ROOT, "test/fixtures/site/extraction.json");
const seeds = join(PROJECT_ROOT, "content/reports");
let dir = "";
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), "extract-stage-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runStage(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, "scripts/site/extract-stage.ts"), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}
const json = (extraction: unknown) => [...extractionJsonChunks(extraction as never)].join("");

describe("the extraction stage", () => {
  test("--skip-extract curates the extraction already there, a document at a time, and reports the corrections", () => {
    const original = ExtractionSchema.parse(JSON.parse(readFileSync(fixture, "utf8")));
    const target = original.documents[1]!.findings[2]!;
    const corrections: Correction[] = [
      { findingId: target.id, polarity: "recommendation", note: "Advice, not a verdict.", curator: "A. Curator", date: "2025-01-31" },
      { findingId: "f-ffffffffffff", polarity: "context", note: "Gone.", curator: "A. Curator", date: "2025-01-31" },
    ];
    const extractionFile = join(dir, "reused.json");
    copyFileSync(fixture, extractionFile);
    const correctionsFile = join(dir, "corrections.json");
    writeFileSync(correctionsFile, JSON.stringify({ corrections }));
    const env = { EXTRACTION_FILE: extractionFile, CORRECTIONS_FILE: correctionsFile, CORRECTION_REPORT_FILE: join(dir, "report.json") };
    const run = runStage([join(dir, "facts.json"), "--skip-extract"], env);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/corrections: 1 applied, 1 missing/);

    const expected = applyCorrections(original, corrections);
    expect(readFileSync(extractionFile, "utf8")).toBe(json(expected.extraction));
    expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8"))).toEqual(expected.report);
    const facts = JSON.parse(readFileSync(join(dir, "facts.json"), "utf8"));
    expect([facts.documents, facts.findings]).toEqual([original.documents.length, 27]);
    expect(existsSync(`${extractionFile}.partial`)).toBe(false);
  });

  test("extracts a corpus folder into the same file an in-memory extraction would give, errors included", async () => {
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    for (const name of ["2024-02-27-kent-focused-visit-letter.txt", "northumberland-focused-visit-news.txt"]) copyFileSync(join(seeds, name), join(corpus, name));
    writeFileSync(join(corpus, "notes.docx"), "not a document type the extractor reads");
    const extractionFile = join(dir, "fresh.json");
    const env = { EXTRACTION_FILE: extractionFile, CORRECTIONS_FILE: join(dir, "none.json"), CORRECTION_REPORT_FILE: join(dir, "report2.json"), EXTRACT_CACHE: "0" };
    const run = runStage([join(dir, "facts2.json"), corpus], env);
    expect(run.code, run.output).toBe(0);
    const expected = await extractCorpus([corpus], { cache: false, workers: 0 });
    expect(expected.errors).toHaveLength(1);
    expect(readFileSync(extractionFile, "utf8")).toBe(json(expected));
    expect(JSON.parse(readFileSync(join(dir, "facts2.json"), "utf8")).errors).toEqual(expected.errors);
  }, 60_000);

  test("with a warm cache, copies the documents no correction touches and curates the one that has a correction", async () => {
    const corpus = join(dir, "cached-corpus");
    mkdirSync(corpus);
    for (const name of ["2024-02-27-kent-focused-visit-letter.txt", "northumberland-focused-visit-news.txt", "2019-kent-focused-visit-news.txt"]) {
      copyFileSync(join(seeds, name), join(corpus, name));
    }
    const fresh = await extractCorpus([corpus], { cache: false, workers: 0 });
    const target = fresh.documents[1]!.findings[0]!;
    const corrections: Correction[] = [{ findingId: target.id, polarity: "context", note: "Background.", curator: "A. Curator", date: "2025-01-31" }];
    const correctionsFile = join(dir, "cached-corrections.json");
    writeFileSync(correctionsFile, JSON.stringify({ corrections }));
    const extractionFile = join(dir, "cached.json");
    const env = { EXTRACTION_FILE: extractionFile, CORRECTIONS_FILE: correctionsFile, CORRECTION_REPORT_FILE: join(dir, "report5.json"), EXTRACT_CACHE_DIR: join(dir, "cache") };
    const expected = applyCorrections(fresh, corrections);
    for (const pass of ["cold", "warm"]) {
      const run = runStage([join(dir, `facts-${pass}.json`), corpus], env);
      expect(run.code, run.output).toBe(0);
      expect(readFileSync(extractionFile, "utf8"), pass).toBe(json(expected.extraction));
      expect(JSON.parse(readFileSync(join(dir, "report5.json"), "utf8"))).toEqual(expected.report);
      expect(JSON.parse(readFileSync(join(dir, `facts-${pass}.json`), "utf8")).findings).toBe(fresh.documents.reduce((n, d) => n + d.findings.length, 0));
    }
  }, 60_000);

  test("stops with one clear line, and leaves the file alone, when there is nothing to reuse or the folder is missing", () => {
    const missing = runStage([join(dir, "facts3.json"), "--skip-extract"], { EXTRACTION_FILE: join(dir, "absent.json") });
    expect(missing.code).toBe(1);
    expect(missing.output).toMatch(/^✗ No extraction at .*absent\.json to reuse/m);

    const kept = join(dir, "kept.json");
    writeFileSync(kept, "before");
    const noFolder = runStage([join(dir, "facts4.json"), join(dir, "no-such-folder")], { EXTRACTION_FILE: kept, EXTRACT_CACHE: "0" });
    expect(noFolder.code).toBe(1);
    expect(noFolder.output).toMatch(/^✗ Corpus folder not found: .*no-such-folder/m);
    expect(readFileSync(kept, "utf8")).toBe("before");
  });
});
