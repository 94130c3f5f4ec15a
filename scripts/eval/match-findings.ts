import { foldedWords } from "./fold-words.ts";

/** The share of words that two texts must share, of the longer one's words, to match. */
export const MATCH_THRESHOLD = 0.8;

/** A gold finding paired with the predicted finding that matched it, by index. */
export interface MatchedPair {
  gold: number;
  predicted: number;
  /** Shared words over the longer text's words. */
  overlap: number;
}

/** The outcome of matching one document's predicted findings to its gold findings. */
export interface FindingMatch {
  pairs: MatchedPair[];
  /** Indices of gold findings no prediction matched. */
  unmatchedGold: number[];
  /** Indices of predictions that matched no gold finding. */
  unmatchedPredicted: number[];
}

/** Counts each word of a word list. */
function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Multiset overlap of two word lists: shared words over the longer list's length (0 when both are empty). */
export function wordListOverlap(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  const counts = countWords(a);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(word, left - 1);
    }
  }
  return shared / longer;
}

/** Multiset word overlap of two texts after folding: shared words over the longer text's words. */
export function wordOverlap(a: string, b: string): number {
  return wordListOverlap(foldedWords(a), foldedWords(b));
}

/** True when two texts match under annotation.md's rule (shared words >= 80% of the longer one's). */
export function textsMatch(a: string, b: string): boolean {
  return wordOverlap(a, b) >= MATCH_THRESHOLD;
}

/**
 * Pairs gold and predicted findings one to one: among all pairs that match,
 * greedily takes the best overlap first; ties go to the earlier gold finding,
 * then the earlier prediction, so the outcome is deterministic.
 */
export function matchFindings(gold: readonly string[], predicted: readonly string[]): FindingMatch {
  const goldWords = gold.map(foldedWords);
  const predictedWords = predicted.map(foldedWords);
  const candidates: MatchedPair[] = [];
  goldWords.forEach((g, gi) => {
    predictedWords.forEach((p, pi) => {
      const overlap = wordListOverlap(g, p);
      if (overlap >= MATCH_THRESHOLD) candidates.push({ gold: gi, predicted: pi, overlap });
    });
  });
  candidates.sort((x, y) => y.overlap - x.overlap || x.gold - y.gold || x.predicted - y.predicted);

  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const candidate of candidates) {
    if (goldTaken.has(candidate.gold) || predictedTaken.has(candidate.predicted)) continue;
    goldTaken.add(candidate.gold);
    predictedTaken.add(candidate.predicted);
    pairs.push(candidate);
  }
  pairs.sort((x, y) => x.gold - y.gold);
  return {
    pairs,
    unmatchedGold: gold.map((_, i) => i).filter((i) => !goldTaken.has(i)),
    unmatchedPredicted: predicted.map((_, i) => i).filter((i) => !predictedTaken.has(i)),
  };
}
