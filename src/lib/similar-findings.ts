import type { Finding, Polarity } from "../schemas/index.ts";
import type { FindingRef } from "./finding-ref.ts";

/** How many candidates of each theme and polarity are scored; keeps pages fast at national scale. */
const SCAN_LIMIT = 60;

/**
 * Judged findings about an authority, bucketed by theme and polarity for the similarity search.
 * A bucket lists its candidates' numbers (into `refs`), newest first; what a scan needs of each
 * candidate (document, authorities, theme bits, words) is in flat typed arrays indexed by that
 * number. A scan stops after SCAN_LIMIT candidates of each bucket, so only the newest few of each
 * are ever read: their words are found the first time a scan reaches them (on the real corpus 4,905
 * candidates of 131,539; finding every candidate's words, once per bucket it sat in, took 2.8 s and
 * grew with the corpus), and the arrays' hot ends are the low numbers, which stay in cache.
 * (Profiled at national scale, the scan was bound by memory look-ups: with a string set per
 * finding it took 150 s of the Astro stage.)
 */
export interface SimilarityIndex {
  refs: FindingRef[];
  buckets: Map<string, Int32Array>;
  /** 32-bit words of theme bits per candidate. */
  themeWords: number;
  /** Per candidate: its document's id number. */
  document: Int32Array;
  /** Per candidate: where its authorities' id numbers start in `authorities` (one more entry, the end). */
  authorityStart: Int32Array;
  authorities: Int32Array;
  /** `themeWords` 32-bit words of theme bits per candidate. */
  themeBits: Uint32Array;
  /** Per candidate: where its words (distinct word ids) start in `words`; -1 until a scan first reaches it. */
  wordStart: Int32Array;
  wordCount: Int32Array;
  /** The words found so far, `wordsUsed` of them; grows as scans reach candidates. */
  words: Uint32Array;
  wordsUsed: number;
  /** Per candidate: the query number that last scored it (dedupes a candidate met under two themes). */
  seen: Int32Array;
  query: number;
  /** Per authority id: the pass that last met it, and its best candidate then (an index into that pass's candidates). */
  authorityQuery: Int32Array;
  authorityBest: Int32Array;
  /** Per word id: 1 while it is a word of the finding being matched (shared words are counted by look-up, not by merging). */
  ownWord: Uint8Array;
  ids: { documents: Map<string, number>; authorities: Map<string, number>; themes: Map<string, number>; words: Map<string, number> };
}

/** Build the similarity index once per build from all findings (already sorted newest first). */
export function buildSimilarityIndex(findings: readonly FindingRef[]): SimilarityIndex {
  const ids = { documents: new Map<string, number>(), authorities: new Map<string, number>(), themes: new Map<string, number>(), words: new Map<string, number>() };
  // Only judged findings about an authority can stand as an example from another authority.
  const refs = findings.filter((ref) => ref.finding.polarity !== "context" && ref.finding.authorities.length > 0);
  for (const ref of refs) for (const theme of ref.finding.themes) idOf(ids.themes, theme);
  const themeWords = Math.max(1, Math.ceil(ids.themes.size / 32));
  const n = refs.length;

  const members = new Map<string, number[]>();
  const document = new Int32Array(n);
  const authorityStart = new Int32Array(n + 1);
  const authorities = new Int32Array(refs.reduce((sum, ref) => sum + ref.finding.authorities.length, 0));
  const bits = new Uint32Array(n * themeWords);
  let authorityAt = 0;
  refs.forEach((ref, number) => {
    const { finding } = ref;
    for (const theme of new Set(finding.themes)) {
      const key = bucketKey(theme, finding.polarity);
      const list = members.get(key);
      if (list) list.push(number);
      else members.set(key, [number]);
    }
    document[number] = idOf(ids.documents, ref.document.id);
    authorityStart[number] = authorityAt;
    for (const code of finding.authorities) authorities[authorityAt++] = idOf(ids.authorities, code);
    bits.set(themeBits(finding.themes, ids.themes, themeWords), number * themeWords);
  });
  authorityStart[n] = authorityAt;
  const buckets = new Map<string, Int32Array>();
  for (const [key, numbers] of members) buckets.set(key, Int32Array.from(numbers));
  return {
    refs,
    buckets,
    themeWords,
    document,
    authorityStart,
    authorities,
    themeBits: bits,
    wordStart: new Int32Array(n).fill(-1),
    wordCount: new Int32Array(n),
    words: new Uint32Array(1 << 16),
    wordsUsed: 0,
    seen: new Int32Array(n).fill(-1),
    query: 0,
    authorityQuery: new Int32Array(ids.authorities.size).fill(-1),
    authorityBest: new Int32Array(ids.authorities.size),
    ownWord: new Uint8Array(1 << 12),
    ids,
  };
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
  const ownThemes = themeBits(finding.themes, index.ids.themes, index.themeWords);
  const themes = [...new Set(finding.themes)].sort();
  const polarityOrder = [finding.polarity, ...(["strength", "improvement", "recommendation"] as const).filter((p) => p !== finding.polarity)];
  const W = index.themeWords;
  // Mark the finding's words (the marks grow with the words found, so every word id has one).
  const ownWords = markWords(finding, index);
  try {
    return chooseSimilar(index, limit, { own, ownDocument, ownWordCount: ownWords.length, ownThemes, themes, polarityOrder, W });
  } finally {
    for (const word of ownWords) index.ownWord[word] = 0;
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

function chooseSimilar(index: SimilarityIndex, limit: number, q: Query): FindingRef[] {
  const { own, ownDocument, ownWordCount, ownThemes, themes, polarityOrder, W } = q;
  const chosen: FindingRef[] = [];
  /** Authorities (id numbers) of the examples chosen so far. */
  const used: number[] = [];
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
      for (let rank = 0; rank < b.length && scanned < SCAN_LIMIT; rank++) {
        const number = b[rank]!;
        if (index.document[number] === ownDocument) continue;
        if (sharesAuthority(index, number, own)) continue;
        scanned += 1;
        if (index.seen[number] === query) continue;
        index.seen[number] = query;
        let sharedThemes = 0;
        for (let w = 0; w < W; w++) sharedThemes += popcount(ownThemes[w]! & index.themeBits[number * W + w]!);
        if (index.wordStart[number]! < 0) addCandidateWords(index, number);
        numbers.push(number);
        scores.push(sharedThemes + dice(index.ownWord, ownWordCount, index.words, index.wordStart[number]!, index.wordCount[number]!));
        ranks.push(rank);
      }
    }
    // One example per authority, the best by ranksBefore: first each authority's best candidate
    // (one pass), then the best of those until `limit` are in. (Picking the best remaining
    // candidate and skipping authorities already in went 20 times over the candidates a finding.)
    const bests: number[] = [];
    for (let i = 0; i < numbers.length; i++) {
      const authority = firstAuthority(index, numbers[i]!);
      if (used.includes(authority)) continue;
      if (index.authorityQuery[authority] !== query) {
        index.authorityQuery[authority] = query;
        index.authorityBest[authority] = i;
        bests.push(authority);
      } else if (ranksBefore(i, index.authorityBest[authority]!, scores, ranks, numbers, index.refs)) index.authorityBest[authority] = i;
    }
    for (let k = 0; k < bests.length; k++) bests[k] = index.authorityBest[bests[k]!]!;
    while (chosen.length < limit && bests.length > 0) {
      let best = 0;
      for (let k = 1; k < bests.length; k++) if (ranksBefore(bests[k]!, bests[best]!, scores, ranks, numbers, index.refs)) best = k;
      const i = bests[best]!;
      bests[best] = bests[bests.length - 1]!;
      bests.pop();
      used.push(firstAuthority(index, numbers[i]!));
      chosen.push(index.refs[numbers[i]!]!);
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

/** The id number of a candidate's first authority, which stands for it: one example per authority. */
function firstAuthority(index: SimilarityIndex, number: number): number {
  return index.authorities[index.authorityStart[number]!]!;
}

function sharesAuthority(index: SimilarityIndex, number: number, own: readonly number[]): boolean {
  const end = index.authorityStart[number + 1]!;
  for (let k = index.authorityStart[number]!; k < end; k++) if (own.includes(index.authorities[k]!)) return true;
  return false;
}

/** Finds a candidate's words and appends them to the index's pool (growing it, and the marks, as needed). */
function addCandidateWords(index: SimilarityIndex, number: number): void {
  const words = findingWords(index.refs[number]!.finding, index);
  if (index.wordsUsed + words.length > index.words.length) {
    const grown = new Uint32Array(Math.max(index.words.length * 2, index.wordsUsed + words.length));
    grown.set(index.words.subarray(0, index.wordsUsed));
    index.words = grown;
  }
  index.words.set(words, index.wordsUsed);
  index.wordStart[number] = index.wordsUsed;
  index.wordCount[number] = words.length;
  index.wordsUsed += words.length;
  growMarks(index);
}

/** Makes room for a mark for every word id given so far (marks already set are kept). */
function growMarks(index: SimilarityIndex): void {
  if (index.ids.words.size <= index.ownWord.length) return;
  const grown = new Uint8Array(Math.max(index.ownWord.length * 2, index.ids.words.size));
  grown.set(index.ownWord);
  index.ownWord = grown;
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

/** Marks the content words of a finding in `index.ownWord`; returns their ids, each once. */
function markWords(finding: Finding, index: SimilarityIndex): number[] {
  const marked: number[] = [];
  for (const word of contentWords(finding)) {
    const id = idOf(index.ids.words, word);
    if (id >= index.ownWord.length) growMarks(index);
    if (index.ownWord[id] === 0) {
      index.ownWord[id] = 1;
      marked.push(id);
    }
  }
  return marked;
}

/** Content words of a finding as distinct ids (dice counts each shared word once). */
function findingWords(finding: Finding, index: SimilarityIndex): Uint32Array {
  const ids = new Set<number>();
  for (const word of contentWords(finding)) ids.add(idOf(index.ids.words, word));
  return Uint32Array.from(ids);
}

/** A finding's content words (lower case, four letters or more), in text order, repeats included. */
function contentWords(finding: Finding): string[] {
  return finding.text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
}
