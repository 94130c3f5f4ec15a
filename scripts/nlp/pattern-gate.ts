/**
 * A gate in front of many regular expressions run over the same short texts: one pass over a
 * text tells which patterns can match in it at all, so the others are not run. Each pattern's
 * openings (match-openings.ts) are filed under their first two characters; at each position of
 * the text the openings filed under its two characters are compared with what follows. Patterns
 * whose matches start at a word boundary are looked for only where a word starts. Exact: a pattern
 * the gate closes has no match in that text.
 */
import { matchOpenings, startsAtWordBoundary } from "./match-openings.ts";

interface Opening {
  text: string;
  pattern: number;
  /** The opening's third UTF-16 unit, or -1 for a two-character opening: compared before the whole. */
  third: number;
}

/** Openings filed by their first two characters. */
class OpeningsByPair {
  /** Per pair of ASCII characters (first × 128 + second). */
  readonly #ascii: (Opening[] | undefined)[] = new Array(128 * 128);
  /** Pairs with a character past ASCII. */
  readonly #other = new Map<string, Opening[]>();

  add(opening: Opening): void {
    const key = asciiPair(opening.text.charCodeAt(0), opening.text.charCodeAt(1));
    if (key >= 0) (this.#ascii[key] ??= []).push(opening);
    else {
      const pair = opening.text.slice(0, 2);
      const list = this.#other.get(pair);
      if (list) list.push(opening);
      else this.#other.set(pair, [opening]);
    }
  }

  get empty(): boolean {
    return this.#ascii.every((list) => list === undefined) && this.#other.size === 0;
  }

  /** Mark in `open` the patterns with an opening at position `i` of `text`. */
  mark(text: string, i: number, first: number, second: number, open: Uint8Array): void {
    const key = asciiPair(first, second);
    const list = key >= 0 ? this.#ascii[key] : this.#other.get(text.slice(i, i + 2));
    if (list === undefined) return;
    const third = text.charCodeAt(i + 2);
    for (const opening of list) {
      if (open[opening.pattern] === 1 || (opening.third !== -1 && opening.third !== third)) continue;
      if (text.startsWith(opening.text, i)) open[opening.pattern] = 1;
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
      for (const text of openings) file.add({ text, pattern: index, third: text.length > 2 ? text.charCodeAt(2) : -1 });
    });
    this.#anyAnywhere = !this.#anywhere.empty;
  }

  /** Per pattern (in the order given), 1 when it may match somewhere in `text`, 0 when it cannot. */
  open(text: string): Uint8Array {
    const open = new Uint8Array(this.#count);
    for (const index of this.#always) open[index] = 1;
    let before = -1;
    let first = text.charCodeAt(0);
    for (let i = 0; i + 1 < text.length; i++) {
      const second = text.charCodeAt(i + 1);
      if (this.#anyAnywhere) this.#anywhere.mark(text, i, first, second, open);
      if (isWordChar(first) && !isWordChar(before)) this.#wordStart.mark(text, i, first, second, open);
      before = first;
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
