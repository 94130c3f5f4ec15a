/** Where a word stands in its sentence, for aliases that are also ordinary English words. */

const SENTENCE_OPENERS = /[.!?:;"“”‘'(\[•*#>|\-–—]/;

/** True when the text before `index` ends a sentence, a paragraph, a list marker or the text itself. */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  let newlines = 0;
  while (i >= 0 && /\s/.test(text[i] ?? "")) {
    if (text[i] === "\n") newlines++;
    i--;
  }
  // A single line break is usually a wrapped line mid-sentence; a blank line starts a new block.
  if (i < 0 || newlines >= 2) return true;
  return SENTENCE_OPENERS.test(text[i] ?? "");
}

/** True when the word ending at `end` is followed by a possessive "'s" ("Reading's"). */
export function isPossessive(text: string, end: number): boolean {
  return /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(end, end + 3));
}
