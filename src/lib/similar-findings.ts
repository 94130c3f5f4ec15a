import type { Finding, Polarity } from "../schemas/index.ts";
import type { FindingRef } from "./finding-ref.ts";

/** How many candidates of each theme and polarity are scored; keeps pages fast at national scale. */
const SCAN_LIMIT = 60;

/**
 * The candidates of one theme and polarity, newest first, laid out flat: their documents,
 * authorities, theme bits and words in contiguous typed arrays, so that scanning a bucket reads
 * memory in order. Profiled at national scale, the scan was bound by memory look-ups: with a
 * string set per finding it took 150 s of the Astro stage, with a typed array per finding 15 s.
 */
interface Bucket {
  count: number;
  /** Candidate number (into SimilarityIndex.refs) of each entry. */
  number: Int32Array;
  document: Int32Array;
  authorityStart: Int32Array;
  authorityCount: Int32Array;
  authorities: Int32Array;
  /** `themeWords` 32-bit words of theme bits per entry. */
  themeBits: Uint32Array;
  wordStart: Int32Array;
  wordCount: Int32Array;
  words: Uint32Array;
}

/** Judged findings about an authority, bucketed by theme and polarity for the similarity search. */
export interface SimilarityIndex {
  refs: FindingRef[];
  buckets: Map<string, Bucket>;
  /** 32-bit words of theme bits per finding. */
  themeWords: number;
  /** Per candidate: the query number that last scored it (dedupes a candidate met under two themes). */
  seen: Int32Array;
  query: number;
  /** Per word id: 1 while it is a word of the finding being matched (shared words are counted by look-up, not by merging). */
  ownWord: Uint8Array;
  ids: { documents: Map<string, number>; authorities: Map<string, number>; themes: Map<string, number>; words: Map<string, number> };
}

/** Build the similarity index once per build from all findings (already sorted newest first). */
export function buildSimilarityIndex(findings: readonly FindingRef[]): SimilarityIndex {
  const ids = { documents: new Map<string, number>(), authorities: new Map<string, number>(), themes: new Map<string, number>(), words: new Map<string, number>() };
  // Word ids per finding while the buckets are filled (a finding sits in one bucket per theme), then
  // dropped: kept for the whole build they were a typed array per finding, 200 MB at ten times the corpus.
  const wordsByFinding = new Map<Finding, Uint32Array>();
  // Only judged findings about an authority can stand as an example from another authority.
  const refs = findings.filter((ref) => ref.finding.polarity !== "context" && ref.finding.authorities.length > 0);
  for (const ref of refs) for (const theme of ref.finding.themes) idOf(ids.themes, theme);
  const themeWords = Math.max(1, Math.ceil(ids.themes.size / 32));

  const members = new Map<string, number[]>();
  refs.forEach((ref, number) => {
    for (const theme of new Set(ref.finding.themes)) {
      const key = bucketKey(theme, ref.finding.polarity);
      const list = members.get(key);
      if (list) list.push(number);
      else members.set(key, [number]);
    }
  });
  const context = { ids, cache: wordsByFinding };
  const buckets = new Map<string, Bucket>();
  for (const [key, numbers] of members) {
    const count = numbers.length;
    const bucket: Bucket = {
      count,
      number: Int32Array.from(numbers),
      document: new Int32Array(count),
      authorityStart: new Int32Array(count),
      authorityCount: new Int32Array(count),
      authorities: new Int32Array(numbers.reduce((n, i) => n + refs[i]!.finding.authorities.length, 0)),
      themeBits: new Uint32Array(count * themeWords),
      wordStart: new Int32Array(count),
      wordCount: new Int32Array(count),
      words: new Uint32Array(numbers.reduce((n, i) => n + findingWords(refs[i]!.finding, context).length, 0)),
    };
    let authorityAt = 0;
    let wordAt = 0;
    numbers.forEach((number, entry) => {
      const { finding, document } = refs[number]!;
      bucket.document[entry] = idOf(ids.documents, document.id);
      bucket.authorityStart[entry] = authorityAt;
      bucket.authorityCount[entry] = finding.authorities.length;
      for (const code of finding.authorities) bucket.authorities[authorityAt++] = idOf(ids.authorities, code);
      bucket.themeBits.set(themeBits(finding.themes, ids.themes, themeWords), entry * themeWords);
      const words = findingWords(finding, context);
      bucket.wordStart[entry] = wordAt;
      bucket.wordCount[entry] = words.length;
      bucket.words.set(words, wordAt);
      wordAt += words.length;
    });
    buckets.set(key, bucket);
  }
  return { refs, buckets, themeWords, seen: new Int32Array(refs.length).fill(-1), query: 0, ownWord: new Uint8Array(ids.words.size), ids };
}

/**
 * Up to `limit` findings on the same themes from other authorities: same polarity first, then
 * more shared themes and more shared words, newest first on ties; at most one per authority.
 */
export function similarFindings(ref: FindingRef, index: SimilarityIndex, limit = 5): FindingRef[] {
  const { finding } = ref;
  if (finding.themes.length === 0 || finding.polarity === "context" || limit <= 0) return [];
  const own: number[] = [];
  for (const code of [...finding.authorities, ...ref.document.authorities.map((a) => a.code)]) {
    const id = index.ids.authorities.get(code);
    if (id !== undefined && !own.includes(id)) own.push(id);
  }
  const ownDocument = index.ids.documents.get(ref.document.id) ?? -1;
  const ownWords = findingWords(finding, index);
  const ownThemes = themeBits(finding.themes, index.ids.themes, index.themeWords);
  const themes = [...new Set(finding.themes)].sort();
  const polarityOrder = [finding.polarity, ...(["strength", "improvement", "recommendation"] as const).filter((p) => p !== finding.polarity)];
  const W = index.themeWords;
  // Mark the finding's words; a word the index has never seen (an id past its list) no candidate holds.
  const { ownWord } = index;
  for (const word of ownWords) if (word < ownWord.length) ownWord[word] = 1;
  try {
    return chooseSimilar(ref, index, limit, { own, ownDocument, ownWordCount: ownWords.length, ownThemes, themes, polarityOrder, W });
  } finally {
    for (const word of ownWords) if (word < ownWord.length) ownWord[word] = 0;
  }
}

/** What similarFindings knows of the finding being matched. */
interface Query {
  own: readonly number[];
  ownDocument: number;
  ownWordCount: number;
  ownThemes: Uint32Array;
  themes: readonly string[];
  polarityOrder: readonly Polarity[];
  W: number;
}

function chooseSimilar(ref: FindingRef, index: SimilarityIndex, limit: number, q: Query): FindingRef[] {
  const { own, ownDocument, ownWordCount, ownThemes, themes, polarityOrder, W } = q;
  const chosen: FindingRef[] = [];
  const usedAuthorities = new Set<string>();
  const numbers: number[] = [];
  const scores: number[] = [];
  const ranks: number[] = [];
  for (const polarity of polarityOrder) {
    const query = index.query++;
    numbers.length = scores.length = ranks.length = 0;
    for (const theme of themes) {
      const b = index.buckets.get(bucketKey(theme, polarity));
      if (!b) continue;
      let scanned = 0;
      for (let rank = 0; rank < b.count && scanned < SCAN_LIMIT; rank++) {
        if (b.document[rank] === ownDocument) continue;
        if (sharesAuthority(b, rank, own)) continue;
        scanned += 1;
        const number = b.number[rank]!;
        if (index.seen[number] === query) continue;
        index.seen[number] = query;
        let sharedThemes = 0;
        for (let w = 0; w < W; w++) sharedThemes += popcount(ownThemes[w]! & b.themeBits[rank * W + w]!);
        numbers.push(number);
        scores.push(sharedThemes + dice(index.ownWord, ownWordCount, b.words, b.wordStart[rank]!, b.wordCount[rank]!));
        ranks.push(rank);
      }
    }
    // The best few, not a full sort: pick the best remaining candidate until `limit` authorities are in.
    const taken = new Uint8Array(numbers.length);
    while (chosen.length < limit) {
      let best = -1;
      for (let i = 0; i < numbers.length; i++) {
        if (taken[i] === 1) continue;
        if (best < 0 || ranksBefore(i, best, scores, ranks, numbers, index.refs)) best = i;
      }
      if (best < 0) break;
      taken[best] = 1;
      const candidate = index.refs[numbers[best]!]!;
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

/** Whether candidate i ranks before j: higher score, then nearer the newest, then by finding id. */
function ranksBefore(i: number, j: number, scores: readonly number[], ranks: readonly number[], numbers: readonly number[], refs: readonly FindingRef[]): boolean {
  if (scores[i] !== scores[j]) return scores[i]! > scores[j]!;
  if (ranks[i] !== ranks[j]) return ranks[i]! < ranks[j]!;
  return refs[numbers[i]!]!.finding.id < refs[numbers[j]!]!.finding.id;
}

function sharesAuthority(b: Bucket, entry: number, own: readonly number[]): boolean {
  const start = b.authorityStart[entry]!;
  const end = start + b.authorityCount[entry]!;
  for (let k = start; k < end; k++) if (own.includes(b.authorities[k]!)) return true;
  return false;
}

/** A finding's themes as `words` 32-bit words of bits; themes the index has never seen set no bit. */
function themeBits(themes: readonly string[], ids: ReadonlyMap<string, number>, words: number): Uint32Array {
  const bits = new Uint32Array(words);
  for (const theme of themes) {
    const id = ids.get(theme);
    if (id !== undefined && id >>> 5 < words) bits[id >>> 5]! |= 1 << (id & 31);
  }
  return bits;
}

function popcount(x: number): number {
  let count = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) count += 1;
  return count;
}

/**
 * Dice coefficient, between 0 and 1, of the marked words (`marked` of them, distinct) and a run of
 * distinct word ids in `pool`: each of the run's words is looked up in the marks.
 */
function dice(marks: Uint8Array, marked: number, pool: Uint32Array, start: number, length: number): number {
  if (marked === 0 || length === 0) return 0;
  let shared = 0;
  const end = start + length;
  for (let j = start; j < end; j++) shared += marks[pool[j]!]!;
  return (2 * shared) / (marked + length);
}

/** Content words of a finding (lower case, four letters or more) as sorted distinct ids, from `cache` when given. */
function findingWords(finding: Finding, index: { ids: { words: Map<string, number> }; cache?: Map<Finding, Uint32Array> }): Uint32Array {
  let words = index.cache?.get(finding);
  if (!words) {
    const set = new Set<number>();
    for (const word of finding.text.toLowerCase().match(/[a-z]{4,}/g) ?? []) set.add(idOf(index.ids.words, word));
    words = Uint32Array.from(set).sort();
    index.cache?.set(finding, words);
  }
  return words;
}
