/** White space tests that spare a regular expression's pass over text that needs none. */

// Per UTF-16 code unit, 1 where \s matches it: read off the engine's own \s once (a few milliseconds), so the tests
// below agree with /\s/ exactly and cost an array read per character, not a pattern run.
const SPACE = new Uint8Array(65_536);
for (let code = 0; code < SPACE.length; code++) if (/\s/.test(String.fromCharCode(code))) SPACE[code] = 1;

/** True when the text's only white space is single spaces (most blocks and sentences): folding its white space would change nothing. */
export function hasOnlySingleSpaces(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (text.charCodeAt(i + 1) === 32) return false;
    } else if (SPACE[code] === 1) return false;
  }
  return true;
}

/** True when /\s/ matches the UTF-16 code unit `code`. */
export function isWhiteSpace(code: number): boolean {
  return SPACE[code] === 1;
}

/** The number of words in a text: its runs of characters other than white space (as `split(/\s+/)` less empty strings). */
export function countWords(text: string): number {
  // A loop over the characters: splitting made an array of every word of every block, for a count.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = SPACE[text.charCodeAt(i)] === 1;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
