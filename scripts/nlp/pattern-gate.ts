/**
 * A gate in front of many regular expressions run over the same short texts: one pass over a
 * text tells which patterns can match in it at all, so the others are not run. Each pattern's
 * openings (match-openings.ts) are filed in a character trie; at each position of the text one walk down
 * it finds the openings there. Patterns whose matches start at a word boundary are looked for only where
 * a word starts. Exact: a pattern the gate closes has no match in that text.
 */
import { matchOpenings, startsAtWordBoundary } from "./match-openings.ts";

/** A node of the openings' trie: the patterns an opening of which ends here, and the characters that go on from here. */
interface TrieNode {
  ends: number[];
  /** By ASCII character code. */
  ascii: (TrieNode | undefined)[];
  /** By character code past ASCII. */
  other: Map<number, TrieNode>;
}

const newNode = (): TrieNode => ({ ends: [], ascii: new Array(128), other: new Map() });

function childOf(node: TrieNode, code: number): TrieNode | undefined {
  return code < 128 ? node.ascii[code] : node.other.get(code);
}

/**
 * Openings in a character trie, so that at each position of a text one walk down from the root finds every
 * opening there: the cost is the length of the longest opening the text starts with, not the number of
 * openings that share its first characters ("well-…" has dozens).
 */
class OpeningsTrie {
  readonly #root = newNode();
  size = 0;

  add(text: string, pattern: number): void {
    let node = this.#root;
    for (let j = 0; j < text.length; j++) {
      const code = text.charCodeAt(j);
      let child = childOf(node, code);
      if (child === undefined) {
        child = newNode();
        if (code < 128) node.ascii[code] = child;
        else node.other.set(code, child);
      }
      node = child;
    }
    if (!node.ends.includes(pattern)) node.ends.push(pattern);
    this.size++;
  }

  /** Mark in `open` the patterns with an opening at position `i` of `text` (whose character code there is `first`). */
  mark(text: string, i: number, first: number, open: Uint8Array): void {
    let node = childOf(this.#root, first);
    for (let j = i + 1; node !== undefined; j++) {
      for (const pattern of node.ends) open[pattern] = 1;
      if (j >= text.length) return;
      node = childOf(node, text.charCodeAt(j));
    }
  }
}

export class PatternGate {
  readonly #count: number;
  /** Patterns whose openings could not be listed: always open. */
  readonly #always: number[] = [];
  /** Openings of patterns that can match anywhere. */
  readonly #anywhere = new OpeningsTrie();
  /** Openings of patterns whose matches start a word. */
  readonly #wordStart = new OpeningsTrie();
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
      for (const text of openings) file.add(text, index);
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
    // Every opening has two characters or more: none starts at the last one.
    for (let i = 0; i + 1 < text.length; i++) {
      const first = text.charCodeAt(i);
      anywhere?.mark(text, i, first, open);
      const wordChar = isWordChar(first);
      if (wordChar && !inWord) wordStart.mark(text, i, first, open);
      inWord = wordChar;
    }
    return open;
  }
}

/** A character \w matches (a-z, A-Z, 0-9, _); NaN and -1 (no character) are not. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
