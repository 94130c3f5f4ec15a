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

// An alias that is itself the council's title: "Devon County Council", "London Borough of Hackney".
const COUNCIL_TITLE = /\b(?:Council|MBC)$|^(?:London |Metropolitan |Royal )?Borough of\b/;
// What may come before an authority that opens its sentence: "In Medway, …", "Meanwhile, West Sussex …", "Neighbouring Essex …".
// … or the services the sentence is about: "Services in Richmond, which …, were rated good".
const OPENER =
  /^[\s"“‘'(]*(?:(?:In|At|Neighbouring|Nearby|Meanwhile|Elsewhere|Similarly|Likewise|However|But|And|By contrast|In contrast)\b,?\s+|(?:The\s+)?(?:children['’]s\s+)?(?:services|social care|social work|practice|children(?: in care)?|care leavers)\s+(?:in|at|for)\s+)?$/i;

/**
 * True when a sentence names the authority as what it is about: by its council's title, with a
 * possessive ("Luton's director"), or opening the sentence ("In Medway, inspectors found …"),
 * not in passing ("the Essex unitary authority", "a speech in Manchester").
 */
export function isNamedAsTopic(sentence: string, mention: { alias: string; start: number; end: number }): boolean {
  if (COUNCIL_TITLE.test(mention.alias) || isPossessive(sentence, mention.end)) return true;
  if (/^\s+(?:(?:Metropolitan |Royal )?(?:Borough|County|City|District) )?Council\b/.test(sentence.slice(mention.end, mention.end + 30))) return true;
  return OPENER.test(sentence.slice(0, mention.start));
}
