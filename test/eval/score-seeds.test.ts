import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { loadGold, type LoadedGold } from "../../scripts/eval/load-gold.ts";
import { scoreSeeds } from "../../scripts/eval/score-seeds.ts";
import { checkSeedTargets } from "../../scripts/eval/targets.ts";
import type { Extraction } from "../../src/schemas/extraction.ts";
import { makeDocument, makeFinding } from "./make-extraction.ts";

const sharedDir = resolve(process.env["SHARED_DIR"] ?? "../shared");
const goldFile = resolve(sharedDir, "gold/seeds.jsonl");

/** An extraction that reproduces gold exactly (found by content hash, as the real one is). */
function perfectExtraction(golds: readonly LoadedGold[]): Extraction {
  return {
    documents: golds.map((g) =>
      makeDocument({
        source: `/elsewhere/${g.doc}`,
        sha256: g.sha256,
        kind: g.kind,
        publisher: g.publisher,
        published: g.published,
        inspection: { ...g.inspection, judgements: [] },
        authorities: g.authorities,
        findings: g.findings.map((f) => makeFinding({ ...f, polarity: f.also ?? f.polarity })),
      }),
    ),
    errors: [],
  };
}

describe.skipIf(!existsSync(goldFile))(`seed scoring on the real gold (needs ${goldFile})`, () => {
  test("an extraction equal to gold meets every target", async () => {
    const golds = await loadGold(goldFile, sharedDir);
    const report = scoreSeeds(golds, perfectExtraction(golds));
    expect(report).toMatchObject({ recall: 1, precision: 1, leaks: [] });
    expect(report.polarity.macroF1).toBe(1);
    expect(report.themes.f1).toBe(1);
    expect(checkSeedTargets(report).filter((t) => !t.met)).toEqual([]);
  });

  test("an extraction that merges each pair of sentences and leaks a footer misses the targets", async () => {
    const golds = await loadGold(goldFile, sharedDir);
    const extraction = perfectExtraction(golds);
    for (const [i, doc] of extraction.documents.entries()) {
      const texts = golds[i]!.findings.map((f) => f.text);
      const merged = texts.flatMap((t, k) => (k % 2 === 0 ? [`${t} ${texts[k + 1] ?? ""}`.trim()] : []));
      doc.findings = [...merged, ...golds[i]!.leaks.slice(0, 1)].map((text) => makeFinding({ text }));
    }
    const report = scoreSeeds(golds, extraction);
    expect(report.recall).toBeLessThan(0.2);
    expect(report.leaks).toHaveLength(golds.length);
    expect(checkSeedTargets(report).find((t) => t.name === "leaks")?.met).toBe(false);
  });

  test("a document the extractor failed on counts every finding as missed and every field as wrong", async () => {
    const golds = await loadGold(goldFile, sharedDir);
    const report = scoreSeeds(golds, { documents: [], errors: [] });
    expect(report.matched).toBe(0);
    expect(report.documents.every((d) => !d.extracted && d.fields.every((f) => !f.right))).toBe(true);
  });
});
