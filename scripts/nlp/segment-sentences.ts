/**
 * Sentence segmentation with offsets, mending compromise's known pitfalls (research-nlp.md §6):
 * quoted sentences merge with the next one, and a missing space after a full stop merges sentences.
 */
import { splitSentencesRaw } from "./compromise.ts";
import { countWords, isWhiteSpace } from "./white-space.ts";

/** A sentence as a span of the text it came from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// A sentence end inside a chunk that compromise missed: terminal punctuation, optional closing quote,
// space, then an opening quote or a capital letter or digit. Abbreviations are checked separately.
const INNER_BOUNDARY = /([.!?])(["”’']?)(\s+)(?=["“‘']?[A-Z0-9])/g;
// PDF text often loses the space after a full stop ("improve.The"): a word, a stop, a capitalised word.
const NO_SPACE_BOUNDARY = /(?<=[a-z]{2})([.!?])()()(?=[A-Z][a-z])/g;
// A block with no sentence-ending mark and no line break before its closing punctuation is one sentence
// (a third of real paragraphs, list items above all): compromise has nothing to split in it.
const ONE_SENTENCE = /^[^.!?\n\r…]*[.!?…]*["”’')\]]*[ \t]*$/;
const ABBREVIATION_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Cllr|vs|e\.g|i\.e|etc|approx|Rev|Sr|Jr|Co|Ltd|[A-Z])$/;

/** Split a block of text into sentence spans, trimmed, with offsets into `text`. */
export function segmentSentences(text: string, offset = 0): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  for (const chunk of ONE_SENTENCE.test(text) ? [text] : splitSentencesRaw(text)) {
    const at = text.indexOf(chunk, cursor);
    const start = at < 0 ? cursor : at;
    cursor = start + chunk.length;
    for (const piece of splitInner(chunk)) {
      const span = trimSpan(text, start + piece.start, start + piece.end);
      if (span.end > span.start) spans.push({ start: span.start + offset, end: span.end + offset });
    }
  }
  return spans;
}

/** Find the boundaries compromise missed inside one chunk. */
function splitInner(chunk: string): SentenceSpan[] {
  // Both patterns need a character after the stop they match: a chunk whose only stop ends it (most sentences) is whole.
  if (!hasInnerStop(chunk)) return [{ start: 0, end: chunk.length }];
  const pieces: SentenceSpan[] = [];
  let from = 0;
  const matches = [...chunk.matchAll(INNER_BOUNDARY), ...chunk.matchAll(NO_SPACE_BOUNDARY)].sort(
    (a, b) => a.index - b.index,
  );
  for (const match of matches) {
    const cut = match.index + match[1]!.length + match[2]!.length;
    const before = chunk.slice(from, match.index);
    if (ABBREVIATION_BEFORE.test(before)) continue;
    // "…well," said the report. — a comma before the closing quote is no boundary; only [.!?] are matched.
    if (countWords(chunk.slice(from, cut)) < 2) continue;
    pieces.push({ start: from, end: cut });
    from = cut + match[3]!.length;
  }
  pieces.push({ start: from, end: chunk.length });
  return pieces;
}

/** Whether a full stop, question or exclamation mark stands before the chunk's last character. */
function hasInnerStop(chunk: string): boolean {
  for (let i = 0; i < chunk.length - 1; i++) {
    const code = chunk.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63) return true;
  }
  return false;
}

function trimSpan(text: string, start: number, end: number): SentenceSpan {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
