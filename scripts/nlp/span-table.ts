/**
 * A fixed set of words looked up by a span of a text, without cutting the span out: each word of every
 * sentence is looked up, and a cut string must be made and then hashed by the engine before a Map can
 * answer for it. Here the span's characters are hashed where they stand and compared with the one word
 * in the slot they lead to.
 */
export class SpanTable {
  /** The words, numbered in the order they were first given. */
  readonly words: readonly string[];
  readonly #slots: Int32Array;
  readonly #mask: number;

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)];
    let size = 2;
    while (size < this.words.length * 2) size *= 2;
    this.#slots = new Int32Array(size).fill(-1);
    this.#mask = size - 1;
    this.words.forEach((word, number) => {
      let slot = hashSpan(word, 0, word.length) & this.#mask;
      while (this.#slots[slot] !== -1) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = number;
    });
  }

  /** The number of the word that `text` holds from `start` to `end`, or -1 when it is none of them. */
  find(text: string, start: number, end: number): number {
    const slots = this.#slots;
    const length = end - start;
    for (let slot = hashSpan(text, start, end) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const number = slots[slot]!;
      if (number < 0) return -1;
      const word = this.words[number]!;
      if (word.length === length && sameCharacters(word, text, start)) return number;
    }
  }
}

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`. */
function hashSpan(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Whether `text` holds `word` at `start`. */
function sameCharacters(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
