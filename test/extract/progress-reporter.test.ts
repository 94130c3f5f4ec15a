/** The progress reporter: periodic plain lines in CI logs, one updating line on a terminal, a summary at the end. */
import { describe, expect, test } from "vitest";
import { createProgressReporter, formatDuration, progressLine } from "../../scripts/extract/progress-reporter.ts";

function recorder(isTTY = false) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) }, written };
}

describe("the progress reporter in CI mode", () => {
  test("writes a line at each tenth of the way and one at the end, then the summary", () => {
    const { stream, written } = recorder();
    let clock = 0;
    const reporter = createProgressReporter({ stream, ci: true, now: () => clock });
    for (let done = 1; done <= 40; done++) {
      clock += 100; // 0.1 s a document: never the 10 s gap
      reporter.tick(done, 40);
    }
    reporter.finish({ documents: 39, findings: 1200, errors: 1, cacheHits: 0, seconds: 4 });
    expect(written.every((line) => line.endsWith("\n") && !line.includes("\r"))).toBe(true);
    expect(written.slice(0, -1).map((l) => l.match(/\((\d+)%\)/)?.[1])).toEqual(["10", "20", "30", "40", "50", "60", "70", "80", "90", "100"]);
    expect(written[0]).toBe("extract: 4/40 documents (10%), 10.0/s, 4 s left\n");
    expect(written.at(-1)).toBe("extract: 39 documents, 1200 findings, 1 errors, 0 cache hits in 4.0 s\n");
  });

  test("writes a line after 10 s without one, however slow the progress", () => {
    const { stream, written } = recorder();
    let clock = 0;
    const reporter = createProgressReporter({ stream, ci: true, now: () => clock, label: "build" });
    clock = 11_000;
    reporter.tick(1, 1000);
    clock = 15_000;
    reporter.tick(2, 1000);
    expect(written).toEqual(["build: 1/1000 documents (0%), 0.1/s, 183 min 09 s left\n"]);
  });

  test("counts cache hits apart, leaving them out of the rate", () => {
    expect(progressLine(10, 20, 8, 1)).toBe("10/20 documents (50%), 2.0/s, 5 s left, 8 from cache");
    expect(progressLine(8, 20, 8, 1)).toBe("8/20 documents (40%), 8 from cache");
  });
});

describe("the progress reporter on a terminal", () => {
  test("redraws one line in place and ends it before the summary", () => {
    const { stream, written } = recorder(true);
    let clock = 0;
    const reporter = createProgressReporter({ stream, ci: false, now: () => clock });
    for (let done = 1; done <= 3; done++) {
      clock += 1000;
      reporter.tick(done, 3);
    }
    reporter.finish({ documents: 3, findings: 9, errors: 0, cacheHits: 0, seconds: 3 });
    expect(written.slice(0, 3).every((line) => line.startsWith("\r") && !line.includes("\n"))).toBe(true);
    expect(written[3]).toBe("\n");
  });
});

test.each([
  [42, "42 s"],
  [59.6, "1 min 00 s"],
  [185, "3 min 05 s"],
])("formatDuration(%s) is %s", (seconds, text) => {
  expect(formatDuration(seconds)).toBe(text);
});
