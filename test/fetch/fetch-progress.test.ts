import { describe, expect, test } from "vitest";
import { createFetchProgress, progressLine, summaryLines } from "../../scripts/fetch/fetch-progress.ts";
import type { FetchSummary } from "../../scripts/fetch/fetch-tally.ts";

const counts = { providers: 153, providersDone: 51, found: 600, downloaded: 120, skipped: 470, failed: 2 };

describe("fetch progress", () => {
  test("a line gives providers read, publications found, downloaded, skipped, failed, the rate and the time left", () => {
    expect(progressLine(counts, 240)).toBe("fetch: providers 51/153 · found 600 · downloaded 120 · skipped 470 · failed 2 · 0.50 files/s · about 8 min left");
    expect(progressLine({ ...counts, providers: 0, providersDone: 0 }, 1)).not.toContain("left");
  });

  test("the summary names every failure with its reason and URL, what was left aside, and how to continue after an interruption", () => {
    const summary: FetchSummary = {
      ...counts,
      providersDone: 153,
      failures: [{ what: "Leeds City Council (provider page)", url: "https://reports.ofsted.gov.uk/provider/44/80481", reason: 'no publication timeline (selector "ol.timeline")' }],
      ignored: [["area SEND inspection (fetched with --send)", 12]],
      notes: ["Northamptonshire County Council (URN 121939) matches no current authority"],
      interrupted: true,
    };
    const text = summaryLines(summary, 3725).join("\n");
    expect(text).toContain("fetch interrupted in 1 h 2 min: 153 of 153 providers, 600 publications found, 120 downloaded, 470 already held, 2 failed");
    expect(text).toContain('  ✗ Leeds City Council (provider page): no publication timeline (selector "ol.timeline") <https://reports.ofsted.gov.uk/provider/44/80481>');
    expect(text).toContain("  12 × area SEND inspection (fetched with --send)");
    expect(text).toContain("Northamptonshire");
    expect(text).toContain("run `npm run fetch` again to continue");
  });

  test("in CI logs a line is written at most every interval; the summary always", () => {
    let clock = 0;
    const written: string[] = [];
    const progress = createFetchProgress({ stream: { write: (t: string) => written.push(t) }, ci: true, now: () => clock, intervalMs: 1000 });
    progress.update(counts);
    clock = 500;
    progress.update(counts);
    clock = 1600;
    progress.update(counts);
    expect(written).toHaveLength(2);
    progress.finish({ ...counts, failures: [], ignored: [], notes: [], interrupted: false });
    expect(written.at(-1)).toMatch(/^fetch done in 2 s/);
  });
});
