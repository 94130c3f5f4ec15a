import type { Authority, Extraction, Finding, Theme } from "../../schemas/index.ts";
import type { AuthorityTrajectory, FindingOutcome, Trajectories } from "../../schemas/trajectory.ts";
import { buildAuthorityTimelines, type AuthorityTimeline } from "./authority-timelines.ts";
import { buildThemeRows } from "./build-theme-rows.ts";
import { extractionFingerprint } from "./extraction-fingerprint.ts";
import { findTurnarounds } from "./find-turnarounds.ts";
import { followRaisedFinding, type RaisedFinding } from "./follow-raised-finding.ts";
import { isRaised } from "./judged-counts.ts";
import { countOutcomes } from "./outcome-counts.ts";
import { outcomesByGroup, outcomesByTheme } from "./summarise-outcomes.ts";
import { themeLabeller } from "./theme-label.ts";

/** The linking rule in words, for the methodology page. */
export const TRAJECTORY_RULE =
  "Each area to improve or recommendation about an authority is followed through that authority's later documents " +
  "(ordered by published date, else the first inspection day; documents reporting the same inspection are not later looks). " +
  "The next later document with a strength, area to improve or recommendation on any of the finding's themes decides: " +
  "only strengths on the theme means resolved, only areas to improve or recommendations means recurring, both means mixed. " +
  "With no such document it is not revisited; so are findings with no theme, findings in undated documents (which cannot be placed in time) " +
  "and findings with no later document.";

/** Outcomes of every raised finding, each authority's themes × documents table, and the corpus-wide figures. */
export function computeTrajectories(extraction: Extraction, authorities: readonly Authority[], options: { themes?: readonly Theme[] } = {}): Trajectories {
  const themeLabel = themeLabeller(options.themes);
  const register = new Map(authorities.map((authority) => [authority.code, authority]));
  const timelines = buildAuthorityTimelines(extraction);
  const typeOfDocument = new Map(extraction.documents.map((d) => [d.id, d.inspection.type ?? "unknown"]));

  const all: FindingOutcome[] = [];
  const trajectories: AuthorityTrajectory[] = [];
  for (const timeline of timelines) {
    const outcomes = followTimeline(timeline, themeLabel);
    all.push(...outcomes);
    if (timeline.documents.length > 1) trajectories.push(describeTimeline(timeline, outcomes, register.get(timeline.code)));
  }

  const outcomes: Record<string, FindingOutcome[]> = {};
  for (const outcome of all) (outcomes[outcome.findingId] ??= []).push(outcome);
  const findingsById = new Map<string, Finding>(extraction.documents.flatMap((d) => d.findings.map((f) => [f.id, f] as const)));

  return {
    fingerprint: extractionFingerprint(extraction),
    rule: TRAJECTORY_RULE,
    authorities: trajectories.sort((a, b) => compareText(a.name, b.name)),
    outcomes,
    summary: {
      overall: countOutcomes(all),
      byTheme: outcomesByTheme(all),
      byRegion: outcomesByGroup(all, (o) => register.get(o.authority)?.region ?? "Unknown region"),
      byInspectionType: outcomesByGroup(all, (o) => typeOfDocument.get(o.documentId) ?? "unknown"),
      turnarounds: findTurnarounds(all, findingsById),
    },
  };
}

/** The outcome of every raised finding of one authority. */
function followTimeline(timeline: AuthorityTimeline, themeLabel: (id: string) => string): FindingOutcome[] {
  return timeline.documents.flatMap((entry) =>
    entry.findings.filter((f): f is RaisedFinding => isRaised(f)).map((raised) => followRaisedFinding(raised, entry, timeline, themeLabel)),
  );
}

/** One authority's table and counts. */
function describeTimeline(timeline: AuthorityTimeline, outcomes: readonly FindingOutcome[], authority: Authority | undefined): AuthorityTrajectory {
  return {
    authority: timeline.code,
    name: authority?.name ?? timeline.code,
    slug: authority?.slug ?? "",
    region: authority?.region ?? "Unknown region",
    documents: timeline.documents.map(({ document, date, dateImplied }) => ({
      documentId: document.id,
      title: document.title,
      kind: document.kind,
      date,
      dateImplied,
      inspectionType: document.inspection.type,
    })),
    themes: buildThemeRows(timeline.documents),
    counts: countOutcomes(outcomes),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
