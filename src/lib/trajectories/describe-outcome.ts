import { LEAN_WORDS, type JudgedCounts, type MixedLean, type NotRevisitedBecause, type Outcome } from "../../schemas/trajectory.ts";
import { listInWords, themesInWords } from "./theme-label.ts";

/** The reason for an outcome decided by a later document: "raised again in 2024: 2 areas to improve on caseloads and workload". */
export function describeDecidedOutcome(
  outcome: Exclude<Outcome, "not-revisited">,
  lean: MixedLean | null,
  date: string,
  counts: JudgedCounts,
  themeLabels: readonly string[],
): string {
  const lead = { resolved: "reported as a strength", recurring: "raised again", mixed: "mixed" }[outcome];
  const leaning = lean === null ? "" : ` (${LEAN_WORDS[lean]})`;
  return `${lead} in ${date.slice(0, 4)}${leaning}: ${countsInWords(counts)} on ${themesInWords(themeLabels)}`;
}

/** The reason a raised finding could not be followed, or was not followed up. */
export function describeNotRevisited(because: NotRevisitedBecause, laterDocuments: number, themeLabels: readonly string[]): string {
  switch (because) {
    case "no-theme":
      return "no theme to follow";
    case "undated":
      return "its document is undated, so it cannot be placed before or after the authority's other documents";
    case "no-later-document":
      return "no later dated document about this authority";
    case "theme-not-revisited":
      return `${laterDocuments === 1 ? "the later document has no finding" : `none of the ${laterDocuments} later documents has a finding`} on ${themesInWords(themeLabels)}`;
  }
}

/** "2 strengths, 1 area to improve and 1 recommendation", leaving out zeros. */
export function countsInWords(counts: JudgedCounts): string {
  const parts: string[] = [];
  if (counts.strengths > 0) parts.push(count(counts.strengths, "strength", "strengths"));
  if (counts.improvements > 0) parts.push(count(counts.improvements, "area to improve", "areas to improve"));
  if (counts.recommendations > 0) parts.push(count(counts.recommendations, "recommendation", "recommendations"));
  return parts.length > 0 ? listInWords(parts) : "no judged findings";
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
