import type { FindingOutcome, OutcomeCounts } from "../../schemas/trajectory.ts";

/** Zero of every outcome. */
export function emptyOutcomeCounts(): OutcomeCounts {
  return { raised: 0, resolved: 0, recurring: 0, mixed: 0, mixedMostlyStrengths: 0, mixedMostlyRaised: 0, notRevisited: 0, noTheme: 0, undated: 0, noLaterDocument: 0 };
}

/** Add one outcome to running counts (mutates `counts`, which the caller owns). */
export function addOutcome(counts: OutcomeCounts, outcome: Pick<FindingOutcome, "outcome" | "notRevisitedBecause" | "mixedLean">): void {
  counts.raised += 1;
  if (outcome.outcome === "resolved") counts.resolved += 1;
  else if (outcome.outcome === "recurring") counts.recurring += 1;
  else if (outcome.outcome === "mixed") counts.mixed += 1;
  else counts.notRevisited += 1;
  if (outcome.mixedLean === "mostly-strengths") counts.mixedMostlyStrengths += 1;
  if (outcome.mixedLean === "mostly-raised") counts.mixedMostlyRaised += 1;
  if (outcome.notRevisitedBecause === "no-theme") counts.noTheme += 1;
  if (outcome.notRevisitedBecause === "undated") counts.undated += 1;
  if (outcome.notRevisitedBecause === "no-later-document") counts.noLaterDocument += 1;
}

/** Counts of a list of outcomes. */
export function countOutcomes(outcomes: Iterable<Pick<FindingOutcome, "outcome" | "notRevisitedBecause" | "mixedLean">>): OutcomeCounts {
  const counts = emptyOutcomeCounts();
  for (const outcome of outcomes) addOutcome(counts, outcome);
  return counts;
}

/** Findings that a later document spoke to (resolved, recurring or mixed). */
export function revisited(counts: OutcomeCounts): number {
  return counts.resolved + counts.recurring + counts.mixed;
}
