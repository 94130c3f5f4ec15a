/**
 * Word tokens of a sentence for trigger matching: lower-case runs of letters and digits, with
 * their offsets in the original sentence. Everything else (spaces, hyphens, dashes, straight or
 * curly quotes, apostrophes) separates words, so "front-door" reads as "front door" and
 * "16- and 17-year-olds" as "16 and 17 year olds" without any rewriting of the text.
 */
export interface MatchTokens {
  /** Lower-case word forms. */
  words: string[];
  /** Offset of each word's first character in the sentence. */
  starts: number[];
  /** Offset just past each word's last character. */
  ends: number[];
}

/** Splits a sentence into lower-case word tokens whose offsets point into the sentence as given. */
export function tokeniseForMatching(sentence: string): MatchTokens {
  const lower = lowerCaseKeepingLength(sentence);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // A character loop rather than a global regex: it allocates no match arrays, and this runs on every sentence.
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const isWordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (isWordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      starts.push(start);
      ends.push(i);
      start = -1;
    }
  }
  return { words, starts, ends };
}

/** Splits a trigger or cue into the same word tokens (lower-case). */
export function triggerWords(trigger: string): string[] {
  return tokeniseForMatching(trigger).words;
}

// toLowerCase can lengthen a string ("İ" becomes two code units), which would shift offsets;
// the slow per-character path runs only then.
function lowerCaseKeepingLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
