/**
 * Document fields of real Ofsted letters (../shared/corpus/letters): a spread sample, one letter in
 * eight, through the extraction and the label-free letter checks against the manifest.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { extractCorpus } from "../../../scripts/extract/extract-corpus.ts";
import { checkLetters, readLetterManifest, type LetterReport } from "../../../scripts/eval/letter-checks.ts";
import { loadCodeForSlug } from "../../../scripts/eval/authority-code-for-slug.ts";
import { sampleRows } from "../../../scripts/eval/read-manifest.ts";

const manifest = resolve(import.meta.dirname, "../../../../shared/corpus/letters/manifest.csv");

describe.skipIf(!existsSync(manifest))(`fields of real letters (needs ${manifest})`, () => {
  let report: LetterReport;
  beforeAll(async () => {
    const all = await readLetterManifest(manifest);
    const rows = sampleRows(all, Math.ceil(all.length / 8));
    report = checkLetters(rows, await extractCorpus(rows.map((r) => r.path)), loadCodeForSlug().codeForSlug);
  }, 240_000);

  test("every sampled letter is a letter of the manifest's type and authority, with its visit dates and JTAI theme", () => {
    const failing = report.checks.filter((c) => c.passed !== c.total && !c.name.startsWith("letter date") && !c.name.startsWith("no letter furniture"));
    expect(failing.map((c) => `${c.name}: ${c.failures.map((f) => `${f.file} ${f.detail}`).join("; ")}`)).toEqual([]);
    expect(report.letters).toBeGreaterThanOrEqual(40);
  });

  test("nearly every letter's own date is within a week of the manifest's", () => {
    const dated = report.checks.find((c) => c.name.startsWith("letter date"))!;
    expect(dated.share).toBeGreaterThanOrEqual(0.95);
  });
});
