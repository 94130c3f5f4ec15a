/**
 * Folding for the matching rule of annotation.md: case, quotes (curly and
 * straight, single and double), dashes and white space do not count, so a
 * finding is compared as a multiset of words.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
// Hyphen, non-breaking hyphen, figure dash, en and em dashes, minus.
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
// A word is letters and digits, with apostrophes kept inside it ("children's").
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** Folds case, quotes, dashes and white space so that typographic variants compare equal. */
export function foldText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a text after folding, in order (dashes split words, so "front-door" is "front door"). */
export function foldedWords(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}
