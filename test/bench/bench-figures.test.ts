/** The bench table: this run beside the last, with targets that depend on the scale. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { formatBenchTable } from "../../scripts/bench/bench-figures.ts";
import type { BenchFigures } from "../../scripts/bench/bench-figures.ts";
import { readLastRun, writeLastRun } from "../../scripts/bench/last-run.ts";

const base: BenchFigures = { when: "2025-01-01T10:00:00Z", corpus: "/c", scale: 1, documents: 352, pdfPages: 7749, textMB: 19.3, extractMBPerSecondPerCore: 0.6 };

test("the table shows last and new figures and marks missed targets", () => {
  const now: BenchFigures = { ...base, extractMBPerSecondPerCore: 2.5, buildSeconds: 200, largestHtmlKB: 120 };
  const lines = formatBenchTable(now, base).split("\n");
  expect(lines[0]).toMatch(/^figure\s+last \(2025-01-01T10:00\)\s+now\s+target$/);
  expect(lines.find((l) => l.startsWith("extraction"))).toMatch(/0\.60\s+2\.50\s+≥ 2\s+ok$/);
  expect(lines.find((l) => l.startsWith("npm run build (s)"))).toMatch(/–\s+200\s+≤ 180 s\s+MISSED$/);
  expect(lines.find((l) => l.startsWith("largest HTML"))).toMatch(/120\s+≤ 200 kB\s+ok$/);
  expect(lines.some((l) => l.startsWith("first search"))).toBe(false);
});

test("a scaled corpus is held to the 10x build targets", () => {
  const table = formatBenchTable({ ...base, scale: 10, buildSeconds: 900, buildPeakMB: 3000 }, undefined);
  expect(table).toMatch(/npm run build \(s\)\s+–\s+900\s+≤ 1200 s\s+ok/);
  expect(table).toMatch(/peak memory \(MB\)\s+–\s+3000\s+≤ 4096 MB\s+ok/);
});

test("the last run is kept per corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-last-"));
  try {
    const file = join(dir, ".bench", "last.json");
    expect(readLastRun(file, "a")).toBeUndefined();
    writeLastRun(file, "a", base);
    writeLastRun(file, "b", { ...base, documents: 1 });
    expect(readLastRun(file, "a")).toEqual(base);
    expect(readLastRun(file, "b")?.documents).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
