/** The site's loader: trajectories computed from the extraction the build wrote (already curated), and the build's correction report. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { applyCorrections } from "../../scripts/curation/apply-corrections.ts";
import type { Correction } from "../../src/schemas/correction.ts";
import { findingOf, KENT, makeExtraction } from "./sequence.ts";

const dir = mkdtempSync(join(tmpdir(), "trajectories-"));
const extraction = makeExtraction([
  { id: "kent-2017", published: "2017-03-01", authority: KENT, findings: [{ polarity: "improvement", themes: ["mash"] }] },
  { id: "kent-2019", published: "2019-05-01", authority: KENT, findings: [{ polarity: "strength", themes: ["mash"] }] },
]);
const raised = findingOf(extraction, "kent-2017", "improvement");
const strength = findingOf(extraction, "kent-2019", "strength");
const corrections: Correction[] = [{ findingId: strength.id, polarity: "improvement", note: "A shortfall.", curator: "A. Curator", date: "2025-01-31" }];
// What scripts/build.ts does: apply the corrections, write the curated extraction and the report.
const { extraction: curated, report } = applyCorrections(extraction, corrections);
writeFileSync(join(dir, "extraction.json"), JSON.stringify(curated));
writeFileSync(join(dir, "report.json"), JSON.stringify(report));
process.env["EXTRACTION_FILE"] = join(dir, "extraction.json");
process.env["CORRECTION_REPORT_FILE"] = join(dir, "report.json");
const loader = await import("../../src/lib/trajectories/load-trajectories.ts");

describe("loadTrajectories", () => {
  test("follows the curated labels: a strength corrected to a shortfall makes the outcome recurring", () => {
    expect(loader.getOutcomesForFinding(raised.id).map((o) => o.outcome)).toEqual(["recurring"]);
    expect(loader.getAuthorityTrajectory(KENT)?.documents).toHaveLength(2);
  });

  test("reads what the build's curation did", () => {
    expect(loader.getCorrectionReport().applied.map((a) => a.changed)).toEqual([["polarity"]]);
  });
});
