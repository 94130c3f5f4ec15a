/** The bench reads the stage timings and page count from what `npm run build` prints. */
import { afterEach, expect, test, vi } from "vitest";
import { parseBuildOutput } from "../../scripts/bench/parse-build-output.ts";
import { printSummary } from "../../scripts/site/build-summary.ts";

afterEach(() => vi.restoreAllMocks());

test("the build summary's stage timings and pages written are read back", () => {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((text: string) => void lines.push(text));
  printSummary({
    documents: 352,
    findings: 138000,
    errors: [{ source: "/x/manifest.csv", message: "not a document" }],
    searchRecords: 138000,
    searchErrors: [],
    pages: 1234,
    distSize: "1.2 GB in 2000 files",
    timings: [
      ["extract /work/shared/corpus/ofsted, content/reports", 95.25],
      ["astro build → dist", 61.5],
      ["index findings with Pagefind", 12],
    ],
  });
  const parsed = parseBuildOutput(`▸ extract…\n  done in 95.3 s\n${lines.join("\n")}\n`);
  expect(parsed.pages).toBe(1234);
  expect(parsed.stages).toEqual([
    ["extract /work/shared/corpus/ofsted, content/reports", 95.3],
    ["astro build → dist", 61.5],
    ["index findings with Pagefind", 12],
  ]);
});
