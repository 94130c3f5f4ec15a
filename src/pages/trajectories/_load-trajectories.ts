/**
 * The trajectories the site renders: generated/trajectories.json when the build wrote it for
 * the current extraction, else computed here from loadExtraction() with the curation file applied.
 *
 * This is the one place in src/ that imports scripts/ (the pure trajectory and curation
 * functions), so pages still work in `astro dev` before any build step has run.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadAuthorities, loadExtraction, loadThemes } from "../../lib/load-extraction.ts";
import { CorrectionReportSchema, type CorrectionReport } from "../../schemas/correction.ts";
import {
  TrajectoriesSchema,
  type AuthorityTrajectory,
  type FindingOutcome,
  type Trajectories,
} from "../../schemas/trajectory.ts";
import { applyCorrections } from "../../../scripts/curation/apply-corrections.ts";
import { loadCorrections } from "../../../scripts/curation/load-corrections.ts";
import { computeTrajectories } from "../../../scripts/trajectories/compute-trajectories.ts";
import { extractionFingerprint } from "../../../scripts/trajectories/extraction-fingerprint.ts";

/** Path of the trajectories file: env TRAJECTORIES_FILE, else generated/trajectories.json. */
export function trajectoriesPath(): string {
  return resolve(process.env["TRAJECTORIES_FILE"] ?? "generated/trajectories.json");
}

let cache: Trajectories | undefined;
let curation: ReturnType<typeof applyCorrections> | undefined;

/** The extraction with content/corrections.json applied, and what applying it did (cached). */
function curate(): ReturnType<typeof applyCorrections> {
  curation ??= applyCorrections(loadExtraction(), loadCorrections());
  return curation;
}

/** Path of the build's correction report: env CORRECTION_REPORT_FILE, else generated/corrections-report.json. */
export function correctionReportPath(): string {
  return resolve(process.env["CORRECTION_REPORT_FILE"] ?? "generated/corrections-report.json");
}

/**
 * What the curation file did: corrections applied (with before and after), and ids no longer present.
 * The build's report when it wrote one (the extraction may already be curated), else worked out here.
 */
export function getCorrectionReport(): CorrectionReport {
  const path = correctionReportPath();
  if (existsSync(path)) {
    const written = CorrectionReportSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (written.success) return written.data;
  }
  return curate().report;
}

/** The trajectories (cached): the generated file when its fingerprint matches the curated extraction, else computed. */
export function loadTrajectories(): Trajectories {
  if (cache) return cache;
  const curated = curate().extraction;
  const fingerprint = extractionFingerprint(curated);
  const path = trajectoriesPath();
  if (existsSync(path)) {
    const written = TrajectoriesSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (written.success && written.data.fingerprint === fingerprint) cache = written.data;
  }
  cache ??= computeTrajectories(curated, loadAuthorities(), { themes: loadThemes() });
  return cache;
}

/** What happened next to a finding (one outcome per authority followed; empty for strengths and context). */
export function getOutcomesForFinding(findingId: string): FindingOutcome[] {
  return loadTrajectories().outcomes[findingId] ?? [];
}

/** An authority's themes × documents table, or undefined when it has fewer than two documents. */
export function getAuthorityTrajectory(code: string): AuthorityTrajectory | undefined {
  return loadTrajectories().authorities.find((trajectory) => trajectory.authority === code);
}
