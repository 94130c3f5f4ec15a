/** Extraction on worker threads: the same output as in-process, and a stuck document cannot hang the run. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractCorpus } from "../../scripts/extract/extract-corpus.ts";

const seeds = join(import.meta.dirname, "../../content/reports");

describe("extraction on worker threads", () => {
  test("gives byte for byte the output of in-process extraction on the seeds", async () => {
    const inProcess = await extractCorpus([seeds], { workers: 0, cache: false });
    const pooled = await extractCorpus([seeds], { workers: 2, inProcessBelow: 0, cache: false });
    expect(inProcess.documents.length).toBeGreaterThan(0);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(inProcess));
  }, 120_000);

  test("gives a document that overruns its time limit an error, and extracts the rest", async () => {
    const slow = readdirSync(seeds).sort()[1]!;
    const extraction = await extractCorpus([seeds], {
      workers: 2,
      inProcessBelow: 0,
      cache: false,
      timeoutSeconds: 5,
      // Blocks the worker far past the limit, like a parser stuck in a loop.
      injectDelay: { pathIncludes: slow, ms: 600_000 },
    });
    expect(extraction.errors).toEqual([{ source: join(seeds, slow), message: "timed out after 5 s; skipped" }]);
    expect(extraction.documents.map((d) => d.source)).toEqual(
      readdirSync(seeds).sort().filter((name) => name !== slow).map((name) => join(seeds, name)),
    );
  }, 120_000);
});
