/**
 * A folded sentence's word tokens, as the polarity features read them: runs of letters, apostrophes and hyphens to
 * their last letter, and numbers (folded to "#number", "#year" or "#percent"), each with its span of the sentence.
 */

/** A word of a folded sentence (wordTokens reads the same by hand). */
export const WORD = /[a-z][a-z'-]*[a-z]|[a-z]|\d+(?:\.\d+)?%?/g;

/** A word of a sentence and where it stands. */
interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * The words of a folded sentence with their offsets, as WORD matches them (a run of letters, apostrophes and
 * hyphens to its last letter; a number, its decimals and a percent sign), read character by character: this runs
 * on every sentence, and a loop allocates nothing per match. WORD stays the definition; a test holds them equal.
 */
export function wordTokens(folded: string): Token[] {
  const { count, words, starts, ends } = readTokens(folded);
  return Array.from({ length: count }, (_, i) => ({ word: words[i]!, start: starts[i]!, end: ends[i]! }));
}

/** A sentence's tokens as parallel lists; the first `count` entries are the sentence's. */
export interface TokenLists {
  count: number;
  words: string[];
  starts: number[];
  ends: number[];
}

// One sentence is read at a time: its tokens are written over the last one's (no object per token).
const TOKENS: TokenLists = { count: 0, words: [], starts: [], ends: [] };

/** The tokens of a folded sentence (wordTokens' words), into the shared lists: good until the next sentence is read. */
export function readTokens(folded: string): TokenLists {
  const { words, starts, ends } = TOKENS;
  let count = 0;
  eachToken(folded, (start, end) => {
    words[count] = normaliseToken(folded.slice(start, end));
    starts[count] = start;
    ends[count++] = end;
  });
  TOKENS.count = count;
  return TOKENS;
}

/** Each token's span in a folded sentence, in order, and whether it is a number (whose word normaliseToken folds). */
export function eachToken(folded: string, token: (start: number, end: number, isNumber: boolean) => void): void {
  let i = 0;
  while (i < folded.length) {
    const c = folded.charCodeAt(i);
    if (isLetter(c)) {
      let last = i;
      for (let j = i + 1; j < folded.length; j++) {
        const d = folded.charCodeAt(j);
        if (isLetter(d)) last = j;
        else if (d !== APOSTROPHE && d !== HYPHEN) break;
      }
      token(i, last + 1, false);
      i = last + 1;
    } else if (isDigit(c)) {
      let j = digitsEnd(folded, i);
      if (folded.charCodeAt(j) === FULL_STOP && isDigit(folded.charCodeAt(j + 1))) j = digitsEnd(folded, j + 1);
      if (folded.charCodeAt(j) === PERCENT) j++;
      token(i, j, true);
      i = j;
    } else i++;
  }
}

export const [APOSTROPHE, HYPHEN, FULL_STOP, PERCENT] = ["'", "-", ".", "%"].map((c) => c.charCodeAt(0)) as [number, number, number, number];
const isLetter = (code: number): boolean => code >= 97 && code <= 122;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Where the run of digits at `from` ends. */
function digitsEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j;
}

/** Numbers fold to one token; plural and possessive endings stay (they carry meaning in this genre). */
export function normaliseToken(token: string): string {
  const code = token.charCodeAt(0);
  if (code >= 48 && code <= 57) return token.endsWith("%") ? "#percent" : /^(?:19|20)\d\d$/.test(token) ? "#year" : "#number";
  return token;
}
