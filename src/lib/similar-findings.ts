import type { Polarity } from "../schemas/index.ts";
import type { FindingRef } from "./finding-ref.ts";

/** How many candidates of each theme and polarity are scored; keeps pages fast at national scale. */
const SCAN_LIMIT = 200;

/** Findings bucketed by theme and polarity (newest first), with word sets, for finding similar findings quickly. */
export interface SimilarityIndex {
  buckets: Map<string, FindingRef[]>;
  words: Map<string, Set<string>>;
}

/** Build the similarity index once per build from all findings (already sorted newest first). */
export function buildSimilarityIndex(findings: readonly FindingRef[]): SimilarityIndex {
  const buckets = new Map<string, FindingRef[]>();
  for (const ref of findings) {
    const { polarity, themes, authorities } = ref.finding;
    // Only judged findings about an authority can stand as an example from another authority.
    if (polarity === "context" || authorities.length === 0) continue;
    for (const theme of new Set(themes)) {
      const key = bucketKey(theme, polarity);
      const list = buckets.get(key);
      if (list) list.push(ref);
      else buckets.set(key, [ref]);
    }
  }
  return { buckets, words: new Map() };
}

/**
 * Up to `limit` findings on the same themes from other authorities: same polarity first, then
 * more shared themes and more shared words, newest first on ties; at most one per authority.
 */
export function similarFindings(ref: FindingRef, index: SimilarityIndex, limit = 5): FindingRef[] {
  const { finding } = ref;
  if (finding.themes.length === 0 || finding.polarity === "context") return [];
  const own = new Set([...finding.authorities, ...ref.document.authorities.map((a) => a.code)]);
  const ownWords = wordsOf(ref, index);
  const themes = new Set(finding.themes);
  const polarityOrder = [finding.polarity, ...(["strength", "improvement", "recommendation"] as const).filter((p) => p !== finding.polarity)];

  const chosen: FindingRef[] = [];
  const usedAuthorities = new Set<string>();
  for (const polarity of polarityOrder) {
    const scored = new Map<string, { ref: FindingRef; score: number; rank: number }>();
    for (const theme of [...themes].sort()) {
      let scanned = 0;
      for (const [rank, candidate] of (index.buckets.get(bucketKey(theme, polarity)) ?? []).entries()) {
        if (scanned >= SCAN_LIMIT) break;
        if (candidate.document.id === ref.document.id) continue;
        if (candidate.finding.authorities.some((code) => own.has(code))) continue;
        scanned += 1;
        if (scored.has(candidate.finding.id)) continue;
        const sharedThemes = candidate.finding.themes.filter((t) => themes.has(t)).length;
        const score = sharedThemes + overlap(ownWords, wordsOf(candidate, index));
        scored.set(candidate.finding.id, { ref: candidate, score, rank });
      }
    }
    const ranked = [...scored.values()].sort(
      (a, b) => b.score - a.score || a.rank - b.rank || (a.ref.finding.id < b.ref.finding.id ? -1 : 1),
    );
    for (const { ref: candidate } of ranked) {
      if (chosen.length >= limit) return chosen;
      const authority = candidate.finding.authorities[0] ?? "";
      if (usedAuthorities.has(authority)) continue;
      usedAuthorities.add(authority);
      chosen.push(candidate);
    }
    if (chosen.length >= limit) break;
  }
  return chosen;
}

function bucketKey(theme: string, polarity: Polarity): string {
  return `${theme}\u0000${polarity}`;
}

/** Dice coefficient of two word sets, between 0 and 1. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Content words of a finding (lower case, four letters or more), cached by finding id. */
function wordsOf(ref: FindingRef, index: SimilarityIndex): Set<string> {
  const key = `${ref.document.id}/${ref.finding.id}`;
  let words = index.words.get(key);
  if (!words) {
    words = new Set(ref.finding.text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    index.words.set(key, words);
  }
  return words;
}
