/** The incremental cache: hits on a second run, misses on changed content or another extractor version. */
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { extractCorpus, extractCorpusInOrder } from "../../scripts/extract/extract-corpus.ts";
import { ExtractionJsonWriter } from "../../scripts/extract/write-extraction-json.ts";
import type { ExtractCorpusOptions } from "../../scripts/extract/extract-corpus.ts";

const seeds = join(import.meta.dirname, "../../content/reports");
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "extract-cache-"));
  cpSync(seeds, join(work, "corpus"), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Run in-process against the temp cache, returning the extraction and which files came from the cache. */
async function run(dir: string, options: ExtractCorpusOptions = {}) {
  const cached: string[] = [];
  const extraction = await extractCorpus([dir], {
    workers: 0,
    cacheDir: join(work, "cache"),
    extractorVersion: "version-a",
    onProgress: (_done, _total, path, info) => void (info.cached && cached.push(path)),
    ...options,
  });
  return { extraction, cached };
}

describe("the extraction cache", () => {
  test("serves every document on a second run, with the same output as the first", async () => {
    const first = await run(join(work, "corpus"));
    expect(first.cached).toEqual([]);
    const second = await run(join(work, "corpus"));
    expect(second.cached).toHaveLength(readdirSync(seeds).length);
    expect(JSON.stringify(second.extraction)).toBe(JSON.stringify(first.extraction));
  }, 60_000);

  test("re-extracts only the file whose content changed", async () => {
    await run(join(work, "corpus"));
    const changed = join(work, "corpus", readdirSync(seeds)[0]!);
    appendFileSync(changed, "\n\nLeaders have improved the quality of supervision.\n");
    const again = await run(join(work, "corpus"));
    expect(again.cached).not.toContain(changed);
    expect(again.cached).toHaveLength(readdirSync(seeds).length - 1);
    expect(again.extraction.documents.find((d) => d.source === changed)!.text).toContain("quality of supervision");
  }, 60_000);

  test("misses everything under another extractor version", async () => {
    await run(join(work, "corpus"));
    const other = await run(join(work, "corpus"), { extractorVersion: "version-b" });
    expect(other.cached).toEqual([]);
  }, 60_000);

  test("rewrites the source path of a document found under another folder, matching a fresh extraction", async () => {
    await run(join(work, "corpus"));
    cpSync(join(work, "corpus"), join(work, "moved"), { recursive: true });
    const moved = await run(join(work, "moved"));
    expect(moved.cached).toHaveLength(readdirSync(seeds).length);
    const fresh = await run(join(work, "moved"), { cache: false });
    expect(JSON.stringify(moved.extraction)).toBe(JSON.stringify(fresh.extraction));
  }, 60_000);

  test("is off with cache: false: nothing is read or written", async () => {
    await run(join(work, "corpus"), { cache: false });
    const after = await run(join(work, "corpus"));
    expect(after.cached).toEqual([]);
  }, 60_000);
});

describe("a cache entry", () => {
  test("is copied into the extraction file as it stands: the file is the same as a fresh extraction's", async () => {
    const corpus = join(work, "corpus");
    const write = async (file: string, options: ExtractCorpusOptions) => {
      const writer = new ExtractionJsonWriter(file);
      const errors: { source: string; message: string }[] = [];
      const cachedBodies: boolean[] = [];
      await extractCorpusInOrder([corpus], { workers: 0, cacheDir: join(work, "cache"), extractorVersion: "version-a", ...options }, (item) => {
        if (!("document" in item)) return void errors.push(item);
        // Only a cache hit holds its document as bytes read from the entry.
        cachedBodies.push(item.document.body() instanceof Uint8Array);
        writer.documentBody(item.document.body());
      });
      writer.finish(errors);
      return { text: readFileSync(file, "utf8"), cachedBodies };
    };
    const fresh = await write(join(work, "fresh.json"), { cache: false });
    await write(join(work, "first.json"), {});
    const warm = await write(join(work, "warm.json"), {});
    expect(warm.cachedBodies).toEqual(readdirSync(seeds).map(() => true));
    expect(warm.text).toBe(fresh.text);
    expect(JSON.parse(warm.text).documents).toHaveLength(readdirSync(seeds).length);
  }, 60_000);

  test("that was cut short, or that names other content, is a miss", async () => {
    await run(join(work, "corpus"));
    const folder = join(work, "cache", "version-a");
    const [cut, swapped, other] = readdirSync(folder).filter((f) => f.endsWith(".entry")).sort().map((f) => join(folder, f));
    writeFileSync(cut!, readFileSync(cut!).subarray(0, -20));
    // Another document's entry under this one's name: its head names the other content hash.
    copyFileSync(other!, swapped!);
    const again = await run(join(work, "corpus"));
    expect(again.cached).toHaveLength(readdirSync(seeds).length - 2);
    const fresh = await run(join(work, "corpus"), { cache: false });
    expect(JSON.stringify(again.extraction)).toBe(JSON.stringify(fresh.extraction));
  }, 60_000);
});
