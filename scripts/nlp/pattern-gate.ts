/**
 * A gate in front of many regular expressions run over the same short texts: one pass over a
 * text tells which patterns can match in it at all, so the others are not run. Each pattern's
 * openings (match-openings.ts) are filed under their first two characters, then their third; at each
 * position of the text the openings filed under its characters are compared with what follows. Patterns
 * whose matches start at a word boundary are looked for only where a word starts. Exact: a pattern
 * the gate closes has no match in that text.
 */
import { matchOpenings, startsAtWordBoundary } from "./match-openings.ts";

interface Opening {
  text: string;
  pattern: number;
}

/** The openings that begin with one pair of characters, filed again by their third. */
interface PairNode {
  /** Two-character openings: the pair is the whole of them. */
  whole: Opening[];
  /** Longer openings whose third character is ASCII, by that character. */
  byThird: (Opening[] | undefined)[];
  /** Longer openings whose third character is past ASCII. */
  otherThird: Opening[];
}

/** Openings filed by their first two characters, then their third, so few are compared at any position. */
class OpeningsByPair {
  /** Per pair of ASCII characters (first × 128 + second). */
  readonly #ascii: (PairNode | undefined)[] = new Array(128 * 128);
  /** Pairs with a character past ASCII. */
  readonly #other = new Map<string, PairNode>();
  size = 0;

  add(opening: Opening): void {
    const { text } = opening;
    const key = asciiPair(text.charCodeAt(0), text.charCodeAt(1));
    let node = key >= 0 ? this.#ascii[key] : this.#other.get(text.slice(0, 2));
    if (node === undefined) {
      node = { whole: [], byThird: new Array(128), otherThird: [] };
      if (key >= 0) this.#ascii[key] = node;
      else this.#other.set(text.slice(0, 2), node);
    }
    const third = text.charCodeAt(2);
    if (text.length === 2) node.whole.push(opening);
    else if (third < 128) (node.byThird[third] ??= []).push(opening);
    else node.otherThird.push(opening);
    this.size++;
  }

  /** Mark in `open` the patterns with an opening at position `i` of `text`. */
  mark(text: string, i: number, first: number, second: number, open: Uint8Array): void {
    const key = asciiPair(first, second);
    const node = key >= 0 ? this.#ascii[key] : this.#other.get(text.slice(i, i + 2));
    if (node === undefined) return;
    for (const opening of node.whole) open[opening.pattern] = 1;
    const third = text.charCodeAt(i + 2);
    const list = third < 128 ? node.byThird[third] : third >= 128 ? node.otherThird : undefined;
    if (list === undefined) return;
    for (const opening of list) {
      if (open[opening.pattern] === 0 && text.startsWith(opening.text, i)) open[opening.pattern] = 1;
    }
  }
}

export class PatternGate {
  readonly #count: number;
  /** Patterns whose openings could not be listed: always open. */
  readonly #always: number[] = [];
  /** Openings of patterns that can match anywhere. */
  readonly #anywhere = new OpeningsByPair();
  /** Openings of patterns whose matches start a word. */
  readonly #wordStart = new OpeningsByPair();
  readonly #anyAnywhere: boolean;

  constructor(patterns: readonly RegExp[]) {
    this.#count = patterns.length;
    patterns.forEach((pattern, index) => {
      const openings = matchOpenings(pattern, 2);
      if (openings === null) {
        this.#always.push(index);
        return;
      }
      const atWordStart = startsAtWordBoundary(pattern) && [...openings].every((text) => isWordChar(text.charCodeAt(0)));
      const file = atWordStart ? this.#wordStart : this.#anywhere;
      for (const text of openings) file.add({ text, pattern: index });
    });
    this.#anyAnywhere = this.#anywhere.size > 0;
  }

  // The last text's answer: callers that ask about different patterns of the same sentence share one pass.
  #lastText: string | undefined;
  #lastOpen = new Uint8Array(0);

  /** Per pattern (in the order given), 1 when it may match somewhere in `text`, 0 when it cannot (read-only: it may be shared). */
  open(text: string): Uint8Array {
    if (text === this.#lastText) return this.#lastOpen;
    const open = new Uint8Array(this.#count);
    this.#lastText = text;
    this.#lastOpen = open;
    for (const index of this.#always) open[index] = 1;
    const anywhere = this.#anyAnywhere ? this.#anywhere : undefined;
    const wordStart = this.#wordStart;
    let inWord = false;
    let first = text.charCodeAt(0);
    for (let i = 0; i + 1 < text.length; i++) {
      const second = text.charCodeAt(i + 1);
      anywhere?.mark(text, i, first, second, open);
      const wordChar = isWordChar(first);
      if (wordChar && !inWord) wordStart.mark(text, i, first, second, open);
      inWord = wordChar;
      first = second;
    }
    return open;
  }
}

function asciiPair(first: number, second: number): number {
  return first < 128 && second < 128 ? first * 128 + second : -1;
}

/** A character \w matches (a-z, A-Z, 0-9, _); NaN and -1 (no character) are not. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
