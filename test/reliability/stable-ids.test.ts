/**
 * Ids and output do not depend on the rest of the corpus: adding or removing unrelated documents
 * leaves every document and finding of the others as it was, and the same run gives the same JSON.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extractCorpus } from "../../scripts/extract/extract-corpus.ts";
import { writeHostileCorpus } from "../../scripts/reliability/hostile-corpus.ts";
import type { Extraction } from "../../src/schemas/extraction.ts";

const SEEDS = join(import.meta.dirname, "../../content/reports");
let dir: string;
let alone: Extraction;
let withOthers: Extraction;
let again: Extraction;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "stable-ids-"));
  // The unrelated documents: every hostile input but the slow monsters.
  const others = writeHostileCorpus(dir).filter((i) => !i.name.startsWith("long-")).map((i) => i.path);
  alone = await extractCorpus([SEEDS], { cache: false, workers: 0 });
  withOthers = await extractCorpus([SEEDS, ...others], { cache: false, workers: 0 });
  again = await extractCorpus([SEEDS], { cache: false, workers: 0 });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ids across corpora", () => {
  test("every seed document and finding keeps its id, text and labels when unrelated documents are added", () => {
    const seedsIn = (extraction: Extraction) => extraction.documents.filter((d) => d.source.startsWith(SEEDS));
    expect(seedsIn(withOthers).length).toBe(alone.documents.length);
    expect(withOthers.documents.length).toBeGreaterThan(alone.documents.length);
    expect(seedsIn(withOthers)).toEqual(alone.documents);
  });

  test("the same corpus extracted twice gives the same JSON", () => {
    expect(JSON.stringify(again)).toBe(JSON.stringify(alone));
  });
});
