/** The streamed JSON writer gives exactly the bytes of JSON.stringify with an indent of 1. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractCorpus } from "../../scripts/extract/extract-corpus.ts";
import { extractionJsonChunks, writeExtractionJson } from "../../scripts/extract/write-extraction-json.ts";

const seeds = join(import.meta.dirname, "../../content/reports");

describe("writing the extraction a document at a time", () => {
  test("matches JSON.stringify on the seeds' extraction, errors included", async () => {
    const extraction = await extractCorpus([seeds, join(seeds, "missing.txt")], { workers: 0, cache: false });
    expect(extraction.errors).toHaveLength(1);
    const dir = mkdtempSync(join(tmpdir(), "extraction-json-"));
    try {
      writeExtractionJson(join(dir, "out", "extraction.json"), extraction);
      expect(readFileSync(join(dir, "out", "extraction.json"), "utf8")).toBe(`${JSON.stringify(extraction, null, 1)}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test("matches JSON.stringify on an empty extraction", () => {
    const empty = { documents: [], errors: [] };
    expect([...extractionJsonChunks(empty)].join("")).toBe(`${JSON.stringify(empty, null, 1)}\n`);
  });
});
