/**
 * A journalist quotes an inspector's words inside a sentence of their own ("had \"significantly reduced\" the
 * number of children waiting", "had been 'lost in the system'"). The lexicon's phrases are written without quotation
 * marks, so the cues are found in the sentence with its quotation marks taken out and their offsets mapped back.
 */
import { findCues, type FoundCue } from "./find-cues.ts";

// A double quotation mark (folded to a straight one), or a single one that opens or closes a quotation: after a
// space or bracket and before a letter, or after a letter or stop and before a space, stop or the end. An apostrophe
// inside a word ("children's") stays.
const QUOTE = /"|(?<=^|[\s(\[])'(?=[a-z])|(?<=[a-z.,!?])'(?=[\s.,;:!?)]|$)/g;

/** The sentence without its quotation marks, and where each of its characters stands in the folded sentence; null if it has none. */
export function dropQuotes(folded: string): { text: string; at: number[] } | null {
  if (!folded.includes('"') && !folded.includes("'")) return null;
  QUOTE.lastIndex = 0;
  if (!QUOTE.test(folded)) return null;
  let text = "";
  const at: number[] = [];
  let from = 0;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(folded); m; m = QUOTE.exec(folded)) {
    for (let i = from; i < m.index; i++) at.push(i);
    text += folded.slice(from, m.index);
    from = m.index + m[0].length;
  }
  for (let i = from; i < folded.length; i++) at.push(i);
  text += folded.slice(from);
  return { text, at };
}

/** The cues of a folded sentence, read across the quotation marks inside it; offsets are the folded sentence's. */
export function findCuesAcrossQuotes(folded: string): FoundCue[] {
  const unquoted = dropQuotes(folded);
  if (!unquoted) return findCues(folded);
  const { at } = unquoted;
  return findCues(unquoted.text).map((cue) => ({ ...cue, start: at[cue.start]!, end: cue.end > cue.start ? at[cue.end - 1]! + 1 : at[cue.start]! }));
}
