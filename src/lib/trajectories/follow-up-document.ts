import type { Finding } from "../../schemas/index.ts";
import type { DecisiveFollowUp, FollowUp } from "../../schemas/trajectory.ts";
import type { TimelineDocument } from "./authority-timelines.ts";
import { countJudged, isJudged } from "./judged-counts.ts";

/** How many example finding ids a deciding document keeps per polarity (the counts hold the full figure). */
export const EXAMPLES_PER_POLARITY = 5;

const themeIndexes = new WeakMap<TimelineDocument, Map<string, Finding[]>>();

/** A later document's judged findings on any of `themes`, those sharing most themes first, then in reading order; null when it has none. */
export function followUpDocument(entry: TimelineDocument, themes: readonly string[]): (DecisiveFollowUp & { linked: Finding[] }) | null {
  if (entry.date === null) return null;
  const index = themeIndex(entry);
  const linked = [...new Set(themes.flatMap((theme) => index.get(theme) ?? []))];
  if (linked.length === 0) return null;
  const shared = (f: Finding) => f.themes.filter((theme) => themes.includes(theme)).length;
  linked.sort((a, b) => shared(b) - shared(a) || a.start - b.start);
  const examples = (polarity: Finding["polarity"]) => linked.filter((f) => f.polarity === polarity).slice(0, EXAMPLES_PER_POLARITY).map((f) => f.id);
  return {
    documentId: entry.document.id,
    date: entry.date,
    themes: themes.filter((theme) => index.has(theme)),
    counts: countJudged(linked),
    examples: { strength: examples("strength"), improvement: examples("improvement"), recommendation: examples("recommendation") },
    linked,
  };
}

/**
 * followUpSummary(followUpDocument(entry, themes)) without ranking the linked findings: what the
 * documents after the deciding one need, and most follow-ups are those.
 */
export function followUpCounts(entry: TimelineDocument, themes: readonly string[]): FollowUp | null {
  if (entry.date === null) return null;
  const index = themeIndex(entry);
  const linked = new Set<Finding>();
  for (const theme of themes) for (const finding of index.get(theme) ?? []) linked.add(finding);
  if (linked.size === 0) return null;
  return { documentId: entry.document.id, date: entry.date, themes: themes.filter((theme) => index.has(theme)), counts: countJudged([...linked]) };
}

/** The summary of a follow-up, without its examples (for documents after the deciding one). */
export function followUpSummary(followUp: FollowUp): FollowUp {
  return { documentId: followUp.documentId, date: followUp.date, themes: followUp.themes, counts: followUp.counts };
}

/** Theme → judged findings of a document, built once per document (every raised finding of the authority looks it up). */
function themeIndex(entry: TimelineDocument): Map<string, Finding[]> {
  let index = themeIndexes.get(entry);
  if (index) return index;
  index = new Map();
  for (const finding of entry.findings) {
    if (!isJudged(finding.polarity)) continue;
    for (const theme of new Set(finding.themes)) {
      const list = index.get(theme);
      if (list) list.push(finding);
      else index.set(theme, [finding]);
    }
  }
  themeIndexes.set(entry, index);
  return index;
}
