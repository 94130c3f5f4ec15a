import { foldedWords } from "./fold-words.ts";
import { MATCH_THRESHOLD, wordListOverlap } from "./match-findings.ts";

/** Leak strings this long (in words) or longer also count when a finding merely contains them. */
export const LEAK_CONTAINMENT_WORDS = 4;

/** A predicted finding that is page furniture, navigation or an unrelated story. */
export interface Leak {
  /** Index of the predicted finding. */
  predicted: number;
  text: string;
  /** The gold `leaks` string it matched or contained. */
  leak: string;
}

/** True when `words` holds `part` as a contiguous run. */
function containsRun(words: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > words.length) return false;
  outer: for (let start = 0; start + part.length <= words.length; start++) {
    for (let k = 0; k < part.length; k++) if (words[start + k] !== part[k]) continue outer;
    return true;
  }
  return false;
}

/** The leak string a finding text leaks, or null: it matches a leak string, or contains one of four words or more. */
export function leakIn(text: string, leaks: readonly string[]): string | null {
  const words = foldedWords(text);
  for (const leak of leaks) {
    const leakWords = foldedWords(leak);
    if (wordListOverlap(words, leakWords) >= MATCH_THRESHOLD) return leak;
    if (leakWords.length >= LEAK_CONTAINMENT_WORDS && containsRun(words, leakWords)) return leak;
  }
  return null;
}

/** Every predicted finding of a document that is a leak, in document order. */
export function findLeaks(predicted: readonly string[], leaks: readonly string[]): Leak[] {
  const found: Leak[] = [];
  predicted.forEach((text, index) => {
    const leak = leakIn(text, leaks);
    if (leak !== null) found.push({ predicted: index, text, leak });
  });
  return found;
}
