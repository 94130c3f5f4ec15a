/** The bench reads the stage timings and page count from what `npm run build` prints. */
import { afterEach, expect, test, vi } from "vitest";
import { parseBuildOutput } from "../../scripts/bench/parse-build-output.ts";
import { printSummary, timePart, timeStage } from "../../scripts/site/build-summary.ts";

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

test("parts of a stage run side by side print indented under it, and are read back as stages of their own", async () => {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((text: string) => void lines.push(text));
  const timings: [string, number][] = [["astro build → dist", 61.5]];
  const slow = (ms: number) => new Promise((done) => setTimeout(done, ms));
  await timeStage(timings, "index ‖ downloads", () =>
    Promise.all([timePart(timings, "index", () => slow(40)), timePart(timings, "downloads", () => slow(5))]),
  );
  // The parts end first (the quicker first), then the stage that ran them.
  expect(timings.map(([name]) => name)).toEqual(["astro build → dist", "  downloads", "  index", "index ‖ downloads"]);
  lines.length = 0;
  printSummary({ documents: 1, findings: 1, errors: [], searchRecords: 1, searchErrors: [], pages: 1, distSize: "1 kB", timings });
  const printed = lines.join("\n").split("\n").filter((line) => / s {2}/.test(line));
  expect(printed.map((line) => line.replace(/^\s+[\d.]+ s {2}/, ""))).toEqual(["astro build → dist", "index ‖ downloads", "  downloads", "  index"]);
  const stage = timings.find(([name]) => name === "index ‖ downloads")![1];
  const index = timings.find(([name]) => name === "  index")![1];
  expect(stage).toBeGreaterThanOrEqual(index);
  expect(parseBuildOutput(lines.join("\n")).stages.map(([name]) => name)).toEqual(["astro build → dist", "index ‖ downloads", "downloads", "index"]);
});
