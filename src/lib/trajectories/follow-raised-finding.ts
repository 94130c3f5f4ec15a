import type { Finding } from "../../schemas/index.ts";
import type { DecisiveFollowUp, FindingOutcome, FollowUp, JudgedCounts, MixedLean, NotRevisitedBecause, Outcome } from "../../schemas/trajectory.ts";
import { laterDocuments, type AuthorityTimeline, type TimelineDocument } from "./authority-timelines.ts";
import { describeDecidedOutcome, describeNotRevisited } from "./describe-outcome.ts";
import { followUpCounts, followUpDocument } from "./follow-up-document.ts";

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
  const { decidedBy, later: after } = followUpsFrom(from, later, raised.themes);
  if (decidedBy === undefined) return notRevisited("theme-not-revisited");

  const outcome = classifyCounts(decidedBy.counts);
  const mixedLean = outcome === "mixed" ? leanOf(decidedBy.counts) : null;
  return {
    ...base,
    outcome,
    notRevisitedBecause: null,
    decidedBy,
    mixedLean,
    reason: describeDecidedOutcome(outcome, mixedLean, decidedBy.date, decidedBy.counts, decidedBy.themes.map(themeLabel)),
    later: after,
  };
}

/** What the later documents say on a list of themes: the deciding one and the summaries of the rest. */
interface FollowUps {
  decidedBy: DecisiveFollowUp | undefined;
  later: FollowUp[];
}

// Raised findings of one document often share their themes, and an authority's documents are each
// followed up by every earlier one: computing (and holding) the follow-ups once per document and
// list of themes keeps this linear in the findings. Without it, ten times the real corpus (23
// documents an authority rather than 2.3) held 1.5 GB of follow-ups, most of them copies.
const followUpsCache = new WeakMap<TimelineDocument, Map<string, FollowUps>>();
const summaryCache = new WeakMap<TimelineDocument, Map<string, FollowUp | null>>();
const decisiveCache = new WeakMap<TimelineDocument, Map<string, DecisiveFollowUp>>();

/** The follow-ups of `from` on `themes` among its `later` documents (shared: not to be mutated). */
function followUpsFrom(from: TimelineDocument, later: readonly TimelineDocument[], themes: readonly string[]): FollowUps {
  const key = themes.join("\u0000");
  const known = cached(followUpsCache, from).get(key);
  if (known) return known;
  const found: { entry: TimelineDocument; summary: FollowUp }[] = [];
  for (const entry of later) {
    const summary = summaryOn(entry, themes, key);
    if (summary) found.push({ entry, summary });
  }
  const first = found[0];
  const result = { decidedBy: first ? decisiveOn(first.entry, themes, key) : undefined, later: found.slice(1).map((f) => f.summary) };
  cached(followUpsCache, from).set(key, result);
  return result;
}

/** One later document's counts on `themes` (keyed by `key`), computed once. */
function summaryOn(entry: TimelineDocument, themes: readonly string[], key: string): FollowUp | null {
  const byThemes = cached(summaryCache, entry);
  let summary = byThemes.get(key);
  if (summary === undefined) byThemes.set(key, (summary = followUpCounts(entry, themes)));
  return summary;
}

/** The deciding document's follow-up with its examples, computed once (it has findings on `themes`). */
function decisiveOn(entry: TimelineDocument, themes: readonly string[], key: string): DecisiveFollowUp {
  const byThemes = cached(decisiveCache, entry);
  let decisive = byThemes.get(key);
  if (!decisive) {
    const followUp = followUpDocument(entry, themes);
    if (!followUp) throw new Error(`${entry.document.id} has findings on ${themes.join(", ")} but no follow-up`);
    const { linked: _linked, ...rest } = followUp;
    byThemes.set(key, (decisive = rest));
  }
  return decisive;
}

function cached<V>(cache: WeakMap<TimelineDocument, Map<string, V>>, entry: TimelineDocument): Map<string, V> {
  let map = cache.get(entry);
  if (!map) cache.set(entry, (map = new Map()));
  return map;
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
