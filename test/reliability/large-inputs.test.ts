/**
 * Monster inputs: a 50 MB text file must fail cleanly as too large, quickly and without taking the
 * run down, and the limit on bytes must refuse a file before reading it.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extractCorpus } from "../../scripts/extract/extract-corpus.ts";
import { writeHostileCorpus, writeLargeText } from "../../scripts/reliability/hostile-corpus.ts";

let dir: string;
let big: string;
let small: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "large-"));
  big = join(dir, "big", "fifty-megabytes.txt");
  writeLargeText(big, 50);
  small = writeHostileCorpus(join(dir, "small")).find((i) => i.name === "valid.pdf")!.path;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a 50 MB text file", () => {
  test("is refused as too large or too long, naming the file, within 60 seconds, while the other input still extracts", async () => {
    expect(statSync(big).size).toBeGreaterThan(50 * 1024 * 1024);
    const started = performance.now();
    const extraction = await extractCorpus([big, small], { cache: false, workers: 0 });
    const seconds = (performance.now() - started) / 1000;
    expect(extraction.errors).toHaveLength(1);
    expect(extraction.errors[0]!.source).toBe(big);
    // Fails until the text reader stops spreading a line-length array into Math.max (see the reliability report).
    expect(extraction.errors[0]!.message).toMatch(/too (large|long)/);
    expect(extraction.documents.map((d) => d.source)).toEqual([small]);
    expect(seconds).toBeLessThan(60);
  }, 120_000);

  test("is refused before it is read when it is over the byte limit", async () => {
    const started = performance.now();
    const extraction = await extractCorpus([big], { cache: false, workers: 0, maxBytes: 10 * 1024 * 1024 });
    expect(extraction.errors[0]?.message).toMatch(/too large: 5\d\.\d MB \(limit 10 MB\)/);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
