/**
 * A gate in front of many regular expressions run over the same short texts: one pass over a
 * text tells which patterns can match in it at all, so the others are not run. Each pattern's
 * openings (match-openings.ts), and up to two sets of strings its matches must hold further on
 * (match-factors.ts), are filed in a character trie; at each position of the text one walk down it
 * finds the strings there. A pattern is open when each of its sets was found. Strings that stand at a
 * word's start are looked for only where a word starts. Exact: a pattern the gate closes has no match
 * in that text.
 */
import { matchFactors } from "./match-factors.ts";
import { matchOpenings, startsAtWordBoundary } from "./match-openings.ts";

/** A node of the trie while it is built. */
interface BuildNode {
  ends: number[];
  children: Map<number, BuildNode>;
}

/**
 * Openings in a character trie, so that at each position of a text one walk down from the root finds every
 * opening there: the cost is the length of the longest opening the text starts with, not the number of
 * openings that share its first characters ("well-…" has dozens). Once built it is laid out in a few flat
 * typed arrays (tens of kB): the lexicon's ~4,000 nodes as objects with a 128-slot array each took megabytes,
 * and between one sentence and the next the rest of the extraction pushed them out of the processor's caches.
 */
class OpeningsTrie {
  #building: BuildNode | null = { ends: [], children: new Map() };
  size = 0;
  /** The root's child by ASCII code (node number, or 0 for none: the root is node 0 and no one's child). */
  #rootAscii = new Int32Array(128);
  /** The root's children past ASCII. */
  #rootOther = new Map<number, number>();
  /** Per node, where its edges start in the edge arrays, and where the next node's start. */
  #edgesFrom = new Int32Array(1);
  #edgeCode = new Uint16Array(0);
  #edgeTo = new Int32Array(0);
  /** Per node, where its patterns start in `#ends`, and where the next node's start. */
  #endsFrom = new Int32Array(1);
  #ends = new Int32Array(0);

  add(text: string, pattern: number): void {
    if (this.#building === null) throw new Error("the trie is already laid out");
    let node: BuildNode = this.#building;
    for (let j = 0; j < text.length; j++) {
      const code = text.charCodeAt(j);
      let child = node.children.get(code);
      if (child === undefined) node.children.set(code, (child = { ends: [], children: new Map() }));
      node = child;
    }
    if (!node.ends.includes(pattern)) node.ends.push(pattern);
    this.size++;
  }

  /** Lay the trie out in flat arrays, nodes numbered breadth first; no opening can be added after. */
  freeze(): void {
    const root = this.#building;
    if (root === null) return;
    this.#building = null;
    const nodes: BuildNode[] = [root];
    for (let n = 0; n < nodes.length; n++) for (const child of nodes[n]!.children.values()) nodes.push(child);
    const number = new Map(nodes.map((node, n) => [node, n]));
    const edges = nodes.length - 1;
    this.#edgesFrom = new Int32Array(nodes.length + 1);
    this.#edgeCode = new Uint16Array(edges);
    this.#edgeTo = new Int32Array(edges);
    this.#endsFrom = new Int32Array(nodes.length + 1);
    this.#ends = new Int32Array(nodes.reduce((sum, node) => sum + node.ends.length, 0));
    let edge = 0;
    let end = 0;
    nodes.forEach((node, n) => {
      this.#edgesFrom[n] = edge;
      this.#endsFrom[n] = end;
      for (const [code, child] of node.children) {
        this.#edgeCode[edge] = code;
        this.#edgeTo[edge++] = number.get(child)!;
      }
      for (const pattern of node.ends) this.#ends[end++] = pattern;
    });
    this.#edgesFrom[nodes.length] = edge;
    this.#endsFrom[nodes.length] = end;
    for (const [code, child] of root.children) {
      if (code < 128) this.#rootAscii[code] = number.get(child)!;
      else this.#rootOther.set(code, number.get(child)!);
    }
  }

  /** Mark in `open` the sets with a string at position `i` of `text` (whose character code there is `first`): each end is a pattern × 4 + its set. */
  mark(text: string, i: number, first: number, open: Uint8Array): void {
    let node = first < 128 ? this.#rootAscii[first]! : (this.#rootOther.get(first) ?? 0);
    const edgesFrom = this.#edgesFrom;
    const edgeCode = this.#edgeCode;
    const endsFrom = this.#endsFrom;
    const ends = this.#ends;
    for (let j = i + 1; node !== 0; j++) {
      for (let e = endsFrom[node]!, stop = endsFrom[node + 1]!; e < stop; e++) {
        const end = ends[e]!;
        open[end >> 2]! |= 1 << (end & 3);
      }
      if (j >= text.length) return;
      const code = text.charCodeAt(j);
      let next = 0;
      for (let e = edgesFrom[node]!, stop = edgesFrom[node + 1]!; e < stop; e++) {
        if (edgeCode[e] === code) {
          next = this.#edgeTo[e]!;
          break;
        }
      }
      node = next;
    }
  }
}

export class PatternGate {
  readonly #count: number;
  /** Per pattern, one bit per set of strings it needs found. */
  readonly #needs: Uint8Array;
  /** Patterns it cannot read (no set): always open. */
  readonly #always: number[] = [];
  /** Patterns that need two sets or more: their bits are read at the end (a pattern of one set is marked open as found). */
  readonly #several: number[] = [];
  /** Strings that can stand anywhere. */
  readonly #anywhere = new OpeningsTrie();
  /** Strings that stand where a word starts. */
  readonly #wordStart = new OpeningsTrie();
  readonly #anyAnywhere: boolean;

  constructor(patterns: readonly RegExp[]) {
    this.#count = patterns.length;
    this.#needs = new Uint8Array(patterns.length);
    patterns.forEach((pattern, index) => {
      const sets: { strings: Iterable<string>; atWordStart: boolean }[] = [];
      const openings = matchOpenings(pattern, 2);
      if (openings !== null) {
        sets.push({ strings: openings, atWordStart: startsAtWordBoundary(pattern) && [...openings].every((text) => isWordChar(text.charCodeAt(0))) });
      }
      // A pattern that opens on common words ("is", "was") is gated on the rarer words it goes on to as well: those
      // that start words (looking for strings anywhere costs a walk at every character, for a few patterns).
      sets.push(...matchFactors(pattern, 3, 2).filter((set) => set.atWordStart));
      sets.forEach((set, bit) => {
        const file = set.atWordStart ? this.#wordStart : this.#anywhere;
        for (const text of set.strings) file.add(text, index * 4 + bit);
        this.#needs[index]! |= 1 << bit;
      });
      if (sets.length === 0) this.#always.push(index);
      else if (sets.length > 1) this.#several.push(index);
    });
    this.#anywhere.freeze();
    this.#wordStart.freeze();
    this.#anyAnywhere = this.#anywhere.size > 0;
  }

  // The last text's answer: callers that ask about different patterns of the same sentence share one pass.
  #lastText: string | undefined;
  #lastOpen = new Uint8Array(0);

  /**
   * Per pattern (in the order given), 1 when it may match somewhere in `text`, 0 when it cannot. Read-only, and good
   * until the gate is asked about another text: the same array is refilled for each text (one fewer allocation a sentence).
   */
  open(text: string): Uint8Array {
    if (text === this.#lastText) return this.#lastOpen;
    if (this.#lastOpen.length !== this.#count) this.#lastOpen = new Uint8Array(this.#count);
    const open = this.#lastOpen.fill(0);
    this.#lastText = text;
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
    // Open where every set the pattern needs was found.
    const needs = this.#needs;
    for (const index of this.#several) open[index] = open[index] === needs[index] ? 1 : 0;
    return open;
  }
}

/** A character \w matches (a-z, A-Z, 0-9, _); NaN and -1 (no character) are not. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
