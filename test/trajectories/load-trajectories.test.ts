/** The site's loader: trajectories computed from the extraction with the curation file applied, or read from the build's file. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { applyCorrections } from "../../scripts/curation/apply-corrections.ts";
import { extractionFingerprint } from "../../scripts/trajectories/extraction-fingerprint.ts";
import { writeTrajectories } from "../../scripts/trajectories/write-trajectories.ts";
import { TrajectoriesSchema } from "../../src/schemas/trajectory.ts";
import type { Correction } from "../../src/schemas/correction.ts";
import { authorities, findingOf, KENT, makeExtraction } from "./sequence.ts";

const dir = mkdtempSync(join(tmpdir(), "trajectories-"));
const extraction = makeExtraction([
  { id: "kent-2017", published: "2017-03-01", authority: KENT, findings: [{ polarity: "improvement", themes: ["mash"] }] },
  { id: "kent-2019", published: "2019-05-01", authority: KENT, findings: [{ polarity: "strength", themes: ["mash"] }] },
]);
const raised = findingOf(extraction, "kent-2017", "improvement");
const strength = findingOf(extraction, "kent-2019", "strength");
const corrections: Correction[] = [{ findingId: strength.id, polarity: "improvement", note: "A shortfall.", curator: "A. Curator", date: "2025-01-31" }];

writeFileSync(join(dir, "extraction.json"), JSON.stringify(extraction));
writeFileSync(join(dir, "corrections.json"), JSON.stringify({ corrections }));
process.env["EXTRACTION_FILE"] = join(dir, "extraction.json");
process.env["CORRECTIONS_FILE"] = join(dir, "corrections.json");
process.env["TRAJECTORIES_FILE"] = join(dir, "absent.json");
process.env["CORRECTION_REPORT_FILE"] = join(dir, "absent-report.json");
const loader = await import("../../src/pages/trajectories/_load-trajectories.ts");

describe("loadTrajectories without a generated file", () => {
  test("computes from the extraction with the curators' corrections applied", () => {
    expect(loader.getOutcomesForFinding(raised.id).map((o) => o.outcome)).toEqual(["recurring"]);
    expect(loader.getAuthorityTrajectory(KENT)?.documents).toHaveLength(2);
    expect(loader.getCorrectionReport().applied.map((a) => a.changed)).toEqual([["polarity"]]);
  });
});

describe("writeTrajectories", () => {
  test("writes schema-valid trajectories whose fingerprint is the curated extraction's, which is what the loader checks", async () => {
    const curated = applyCorrections(extraction, corrections).extraction;
    const out = join(dir, "generated", "trajectories.json");
    await writeTrajectories(curated, authorities, [], out);
    const written = TrajectoriesSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(written.fingerprint).toBe(extractionFingerprint(curated));
    expect(written.fingerprint).not.toBe(extractionFingerprint(extraction));
  });
});
