/** White space tests that spare a regular expression's pass over text that needs none. */

/** True when the text's only white space is single spaces (most blocks and sentences): folding its white space would change nothing. */
export function hasOnlySingleSpaces(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (text.charCodeAt(i + 1) === 32) return false;
    } else if (code < 32 || (code >= 127 && /\s/.test(text[i]!))) return false;
  }
  return true;
}
