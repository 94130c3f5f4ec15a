/** The streamed JSON writer gives exactly the bytes of JSON.stringify with an indent of 1. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractCorpus, extractCorpusInOrder } from "../../scripts/extract/extract-corpus.ts";
import type { CorpusItem } from "../../scripts/extract/extract-corpus.ts";
import { ExtractionJsonWriter, extractionJsonChunks, writeExtractionJson } from "../../scripts/extract/write-extraction-json.ts";
import type { Extraction } from "../../src/schemas/extraction.ts";

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

  test("ExtractionJsonWriter, fed documents as they come, writes the same bytes, then moves the file into place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "extraction-json-"));
    try {
      const items: CorpusItem[] = [];
      await extractCorpusInOrder([seeds, join(seeds, "missing.txt")], { workers: 2, inProcessBelow: 0, cache: false }, (item) => items.push(item));
      const extraction: Extraction = { documents: [], errors: [] };
      for (const item of items) if ("document" in item) extraction.documents.push(item.document.document());
      else extraction.errors.push(item);
      expect(extraction.documents.length).toBeGreaterThan(1);
      // In path order, whatever order the two workers finished in.
      const sources = extraction.documents.map((d) => d.source);
      expect(sources).toEqual([...sources].sort());

      const file = join(dir, "nested", "extraction.json");
      const writer = new ExtractionJsonWriter(file);
      for (const document of extraction.documents) writer.document(document);
      expect(existsSync(file)).toBe(false);
      writer.finish(extraction.errors);
      expect(readFileSync(file, "utf8")).toBe(`${JSON.stringify(extraction, null, 1)}\n`);
      expect(() => writer.document(extraction.documents[0]!)).toThrow(/already finished/);

      for (const shape of [{ documents: [], errors: [] }, { documents: [], errors: extraction.errors }, { documents: extraction.documents.slice(0, 1), errors: [] }]) {
        const another = new ExtractionJsonWriter(file);
        for (const document of shape.documents) another.document(document);
        another.finish(shape.errors);
        expect(readFileSync(file, "utf8")).toBe(`${JSON.stringify(shape, null, 1)}\n`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test("an abandoned ExtractionJsonWriter leaves the file that was there", () => {
    const dir = mkdtempSync(join(tmpdir(), "extraction-json-"));
    try {
      const file = join(dir, "extraction.json");
      writeFileSync(file, "before");
      const writer = new ExtractionJsonWriter(file);
      writer.abandon();
      expect(readFileSync(file, "utf8")).toBe("before");
      expect(existsSync(`${file}.partial`)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
