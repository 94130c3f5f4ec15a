/**
 * The trajectories the site renders, computed once per build from the extraction the build wrote
 * (already curated: scripts/build.ts applies content/corrections.json before the site is built).
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadAuthorities, loadExtraction, loadThemes } from "../load-extraction.ts";
import { CorrectionReportSchema, type CorrectionReport } from "../../schemas/correction.ts";
import type { AuthorityTrajectory, FindingOutcome, Trajectories } from "../../schemas/trajectory.ts";
import { computeTrajectories } from "./compute-trajectories.ts";

let cache: Trajectories | undefined;

/** Path of the build's correction report: env CORRECTION_REPORT_FILE, else generated/corrections-report.json. */
export function correctionReportPath(): string {
  return resolve(process.env["CORRECTION_REPORT_FILE"] ?? "generated/corrections-report.json");
}

/** What the curation file did in this build: corrections applied and ids no longer present (empty when none ran). */
export function getCorrectionReport(): CorrectionReport {
  const path = correctionReportPath();
  if (existsSync(path)) {
    const written = CorrectionReportSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (written.success) return written.data;
  }
  return CorrectionReportSchema.parse({ applied: [], missing: [] });
}

/** The trajectories of the corpus (computed on first use, then cached). */
export function loadTrajectories(): Trajectories {
  cache ??= computeTrajectories(loadExtraction(), loadAuthorities(), { themes: loadThemes() });
  return cache;
}

/** What happened next to a finding (one outcome per authority followed; empty for strengths and context). */
export function getOutcomesForFinding(findingId: string): FindingOutcome[] {
  return loadTrajectories().outcomes[findingId] ?? [];
}

let byAuthority: { from: Trajectories; outcomes: Map<string, FindingOutcome[]> } | undefined;

/** Every outcome followed for one authority (ONS code), grouped once per build. */
export function getOutcomesForAuthority(code: string): FindingOutcome[] {
  const trajectories = loadTrajectories();
  if (byAuthority?.from !== trajectories) {
    const outcomes = new Map<string, FindingOutcome[]>();
    for (const list of Object.values(trajectories.outcomes)) {
      for (const outcome of list) {
        const mine = outcomes.get(outcome.authority);
        if (mine) mine.push(outcome);
        else outcomes.set(outcome.authority, [outcome]);
      }
    }
    byAuthority = { from: trajectories, outcomes };
  }
  return byAuthority.outcomes.get(code) ?? [];
}

/** An authority's themes × documents table, or undefined when it has fewer than two documents. */
export function getAuthorityTrajectory(code: string): AuthorityTrajectory | undefined {
  return loadTrajectories().authorities.find((trajectory) => trajectory.authority === code);
}
