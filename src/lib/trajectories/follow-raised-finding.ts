import type { Finding } from "../../schemas/index.ts";
import type { FindingOutcome, JudgedCounts, MixedLean, NotRevisitedBecause, Outcome } from "../../schemas/trajectory.ts";
import { laterDocuments, type AuthorityTimeline, type TimelineDocument } from "./authority-timelines.ts";
import { describeDecidedOutcome, describeNotRevisited } from "./describe-outcome.ts";
import { followUpDocument, followUpSummary } from "./follow-up-document.ts";

/** A raised finding: an area to improve or a recommendation. */
export type RaisedFinding = Finding & { polarity: "improvement" | "recommendation" };

/**
 * Follow a raised finding through the authority's later documents and classify its outcome.
 *
 * The rule: the NEXT later dated document that has a judged finding on any of the raised
 * finding's themes decides (only strengths: resolved; only areas to improve or
 * recommendations: recurring; both: mixed, with the way it leans). Next, not majority,
 * because each inspection looks at the service as it then is: the first later look is the
 * direct test of whether the point was acted on; what came after is kept in `later` and shown
 * in the trajectory table. Documents reporting the same inspection (sharing a fieldwork day)
 * are not later looks; undated documents cannot be ordered and are left out.
 */
export function followRaisedFinding(
  raised: RaisedFinding,
  from: TimelineDocument,
  timeline: AuthorityTimeline,
  themeLabel: (id: string) => string,
): FindingOutcome {
  const base = { findingId: raised.id, documentId: from.document.id, authority: timeline.code, date: from.date, polarity: raised.polarity, themes: raised.themes };
  const later = laterDocuments(timeline, from);
  const notRevisited = (because: NotRevisitedBecause): FindingOutcome => ({
    ...base,
    outcome: "not-revisited",
    notRevisitedBecause: because,
    decidedBy: null,
    mixedLean: null,
    reason: describeNotRevisited(because, later.length, raised.themes.map(themeLabel)),
    later: [],
  });

  if (raised.themes.length === 0) return notRevisited("no-theme");
  if (from.date === null) return notRevisited("undated");
  if (later.length === 0) return notRevisited("no-later-document");
  const followUps = later.flatMap((entry) => followUpDocument(entry, raised.themes) ?? []);
  const first = followUps[0];
  if (first === undefined) return notRevisited("theme-not-revisited");

  const { linked: _linked, ...decidedBy } = first;
  const outcome = classifyCounts(first.counts);
  const mixedLean = outcome === "mixed" ? leanOf(first.counts) : null;
  return {
    ...base,
    outcome,
    notRevisitedBecause: null,
    decidedBy,
    mixedLean,
    reason: describeDecidedOutcome(outcome, mixedLean, first.date, first.counts, first.themes.map(themeLabel)),
    later: followUps.slice(1).map(followUpSummary),
  };
}

/** Only strengths: resolved; no strengths: recurring; both: mixed. */
function classifyCounts(counts: JudgedCounts): Exclude<Outcome, "not-revisited"> {
  if (counts.strengths === 0) return "recurring";
  return counts.improvements + counts.recommendations === 0 ? "resolved" : "mixed";
}

/** At least two thirds strengths leans to strengths, at most one third leans to raised again. */
export function leanOf(counts: JudgedCounts): MixedLean {
  const share = counts.strengths / (counts.strengths + counts.improvements + counts.recommendations);
  return share >= 2 / 3 ? "mostly-strengths" : share <= 1 / 3 ? "mostly-raised" : "even";
}
