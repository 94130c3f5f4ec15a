import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { readManifest, sampleRows } from "../../scripts/eval/read-manifest.ts";

describe("deterministic sampling", () => {
  test("spreads the sample evenly over the rows", () => {
    expect(sampleRows([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([0, 3, 6]);
  });
  test("returns every row when the limit is absent or larger than the list", () => {
    expect(sampleRows([1, 2], undefined)).toEqual([1, 2]);
    expect(sampleRows([1, 2], 5)).toEqual([1, 2]);
  });
});

const manifest = resolve(process.env["SHARED_DIR"] ?? "../shared", "corpus/ofsted/manifest.csv");

describe.skipIf(!existsSync(manifest))(`the real manifest (needs ${manifest})`, () => {
  test("reads every row with an absolute path, and keeps a quoted authority with commas whole", async () => {
    const rows = await readManifest(manifest);
    expect(rows).toHaveLength(347);
    expect(rows.every((r) => existsSync(r.path))).toBe(true);
    expect(rows.map((r) => r.authority)).toContain("bournemouth, christchurch & poole");
  });
});
