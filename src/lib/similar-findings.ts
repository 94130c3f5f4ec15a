import type { Finding, Polarity } from "../schemas/index.ts";
import type { FindingRef } from "./finding-ref.ts";

/** How many candidates of each theme and polarity are scored; keeps pages fast at national scale. */
const SCAN_LIMIT = 60;

/**
 * Judged findings about an authority, as the similarity search scans them: parallel arrays over
 * candidate numbers (documents, authorities and themes as small integers, words as sorted ids), so
 * that scoring a candidate touches no strings. Profiled at national scale: the version over string
 * sets and maps took half of the Astro stage.
 */
export interface SimilarityIndex {
  refs: FindingRef[];
  documentOf: Int32Array;
  /** Authorities of each candidate, as ids. */
  authoritiesOf: Int32Array[];
  /** Themes of each candidate as a bit set (one bit per theme id, in words of 32). */
  themeBitsOf: Uint32Array[];
  wordsOf: Uint32Array[];
  /** Theme + polarity → candidate numbers, newest first. */
  buckets: Map<string, Int32Array>;
  /** Per candidate: the query number that last scored it (dedupes a candidate met under two themes). */
  seen: Int32Array;
  query: number;
  ids: { documents: Map<string, number>; authorities: Map<string, number>; themes: Map<string, number>; words: Map<string, number> };
  /** Word ids of findings already seen, by finding object. */
  wordsByFinding: WeakMap<Finding, Uint32Array>;
}

/** Build the similarity index once per build from all findings (already sorted newest first). */
export function buildSimilarityIndex(findings: readonly FindingRef[]): SimilarityIndex {
  const ids = { documents: new Map<string, number>(), authorities: new Map<string, number>(), themes: new Map<string, number>(), words: new Map<string, number>() };
  const refs: FindingRef[] = [];
  const documents: number[] = [];
  const authoritiesOf: Int32Array[] = [];
  const themeBitsOf: Uint32Array[] = [];
  const wordsOf: Uint32Array[] = [];
  const lists = new Map<string, number[]>();
  const index = { ids, wordsByFinding: new WeakMap<Finding, Uint32Array>() };
  for (const ref of findings) {
    const { polarity, themes, authorities } = ref.finding;
    // Only judged findings about an authority can stand as an example from another authority.
    if (polarity === "context" || authorities.length === 0) continue;
    const number = refs.length;
    refs.push(ref);
    documents.push(idOf(ids.documents, ref.document.id));
    authoritiesOf.push(Int32Array.from(authorities, (code) => idOf(ids.authorities, code)));
    themeBitsOf.push(themeBits(themes, ids.themes));
    wordsOf.push(findingWords(ref.finding, index));
    for (const theme of new Set(themes)) {
      const key = bucketKey(theme, polarity);
      const list = lists.get(key);
      if (list) list.push(number);
      else lists.set(key, [number]);
    }
  }
  return {
    refs,
    documentOf: Int32Array.from(documents),
    authoritiesOf,
    themeBitsOf,
    wordsOf,
    buckets: new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)])),
    seen: new Int32Array(refs.length).fill(-1),
    query: 0,
    ...index,
  };
}

/**
 * Up to `limit` findings on the same themes from other authorities: same polarity first, then
 * more shared themes and more shared words, newest first on ties; at most one per authority.
 */
export function similarFindings(ref: FindingRef, index: SimilarityIndex, limit = 5): FindingRef[] {
  const { finding } = ref;
  if (finding.themes.length === 0 || finding.polarity === "context" || limit <= 0) return [];
  const own = new Set<number>();
  for (const code of [...finding.authorities, ...ref.document.authorities.map((a) => a.code)]) {
    const id = index.ids.authorities.get(code);
    if (id !== undefined) own.add(id);
  }
  const ownDocument = index.ids.documents.get(ref.document.id) ?? -1;
  const ownWords = findingWords(finding, index);
  const ownThemes = themeBits(finding.themes, index.ids.themes);
  const themes = [...new Set(finding.themes)].sort();
  const polarityOrder = [finding.polarity, ...(["strength", "improvement", "recommendation"] as const).filter((p) => p !== finding.polarity)];

  const chosen: FindingRef[] = [];
  const usedAuthorities = new Set<string>();
  for (const polarity of polarityOrder) {
    const query = index.query++;
    const scored: { number: number; score: number; rank: number }[] = [];
    for (const theme of themes) {
      const bucket = index.buckets.get(bucketKey(theme, polarity));
      if (!bucket) continue;
      let scanned = 0;
      for (let rank = 0; rank < bucket.length && scanned < SCAN_LIMIT; rank++) {
        const number = bucket[rank]!;
        if (index.documentOf[number] === ownDocument) continue;
        if (sharesAny(index.authoritiesOf[number]!, own)) continue;
        scanned += 1;
        if (index.seen[number] === query) continue;
        index.seen[number] = query;
        const score = sharedBits(ownThemes, index.themeBitsOf[number]!) + dice(ownWords, index.wordsOf[number]!);
        scored.push({ number, score, rank });
      }
    }
    scored.sort((a, b) => b.score - a.score || a.rank - b.rank || compareIds(index.refs[a.number]!, index.refs[b.number]!));
    for (const { number } of scored) {
      if (chosen.length >= limit) return chosen;
      const candidate = index.refs[number]!;
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

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

function compareIds(a: FindingRef, b: FindingRef): number {
  return a.finding.id < b.finding.id ? -1 : a.finding.id > b.finding.id ? 1 : 0;
}

function sharesAny(authorities: Int32Array, own: Set<number>): boolean {
  for (const id of authorities) if (own.has(id)) return true;
  return false;
}

/** A finding's themes as a bit set; a theme never seen before gets the next bit. */
function themeBits(themes: readonly string[], ids: Map<string, number>): Uint32Array {
  const bits = new Uint32Array(Math.ceil((ids.size + themes.length) / 32) || 1);
  for (const theme of themes) {
    const id = idOf(ids, theme);
    bits[id >>> 5]! |= 1 << (id & 31);
  }
  return bits;
}

/** How many themes two bit sets share. */
function sharedBits(a: Uint32Array, b: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    let x = a[i]! & b[i]!;
    while (x !== 0) {
      x &= x - 1;
      count += 1;
    }
  }
  return count;
}

/** Dice coefficient of two sorted, distinct id arrays, between 0 and 1. */
function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return (2 * shared) / (a.length + b.length);
}

/** Content words of a finding (lower case, four letters or more) as sorted distinct ids, cached per finding. */
function findingWords(finding: Finding, index: { ids: { words: Map<string, number> }; wordsByFinding: WeakMap<Finding, Uint32Array> }): Uint32Array {
  let words = index.wordsByFinding.get(finding);
  if (!words) {
    const set = new Set<number>();
    for (const word of finding.text.toLowerCase().match(/[a-z]{4,}/g) ?? []) set.add(idOf(index.ids.words, word));
    words = Uint32Array.from(set).sort();
    index.wordsByFinding.set(finding, words);
  }
  return words;
}
