/**
 * Document fields of real Ofsted reports against the hand-labelled development gold
 * (../shared/gold/reports-dev.jsonl): a spread sample, one report in four, of every framework.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { extractCorpus } from "../../../scripts/extract/extract-corpus.ts";
import type { Extraction } from "../../../src/schemas/extraction.ts";

const shared = resolve(import.meta.dirname, "../../../../shared");
const goldFile = resolve(shared, "gold/reports-dev.jsonl");

interface GoldFields {
  doc: string;
  published: string;
  inspection: { type: string | null; dates: string[]; judgement: string | null };
  authorities: { code: string }[];
}

const grade = (g: string | null): string | null => (g === "requires-improvement" ? "requires improvement to be good" : g);

describe.skipIf(!existsSync(goldFile))(`report fields against the development gold (needs ${goldFile})`, () => {
  let golds: GoldFields[] = [];
  let extraction: Extraction;
  beforeAll(async () => {
    const all = readFileSync(goldFile, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as GoldFields);
    golds = all.filter((_, i) => i % 4 === 0);
    extraction = await extractCorpus(golds.map((g) => resolve(shared, "..", g.doc)));
  }, 240_000);

  test("every field of every sampled report matches the gold", () => {
    const wrong: string[] = [];
    for (const g of golds) {
      const doc = extraction.documents.find((d) => d.source === resolve(shared, "..", g.doc));
      if (!doc) {
        wrong.push(`${g.doc}: not extracted`);
        continue;
      }
      const fields: [string, unknown, unknown][] = [
        ["published", doc.published, g.published],
        ["type", doc.inspection.type, g.inspection.type],
        ["dates", [...doc.inspection.dates].sort(), [...g.inspection.dates].sort()],
        ["judgement", doc.inspection.judgement, grade(g.inspection.judgement)],
        ["authorities", doc.authorities.map((a) => a.code), g.authorities.map((a) => a.code)],
      ];
      for (const [name, found, want] of fields) if (JSON.stringify(found) !== JSON.stringify(want)) wrong.push(`${g.doc} ${name}: ${JSON.stringify(found)}, gold ${JSON.stringify(want)}`);
    }
    expect(golds.length).toBeGreaterThanOrEqual(10);
    expect(wrong).toEqual([]);
  });
});
