// First halves of compounds that keep their hyphen when split at it across lines ("multi-\nagency").
const COMPOUND_PREFIXES = new Set(
  "multi non self well cross child anti semi ex co front long short high low full part time age year family decision first second third".split(" "),
);

/** Every word and hyphenated compound of a text, lower-cased: the evidence for re-joining split words. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? []);
}

/**
 * Joins a line ending in a hyphen to the next: "assess-" + "ment" gives "assessment", but a compound
 * split at its own hyphen ("multi-" + "agency") keeps it. The document's other words decide when they can.
 */
export function joinHyphenated(left: string, right: string, words: ReadonlySet<string>): string {
  const head = /([\p{L}\d]+)-$/u.exec(left)?.[1] ?? "";
  const tail = /^[\p{L}\d]+/u.exec(right)?.[0] ?? "";
  const joined = `${head}${tail}`.toLowerCase();
  const hyphenated = `${head}-${tail}`.toLowerCase();
  const keepHyphen =
    /^\p{Lu}/u.test(tail) ||
    /\d$/.test(head) ||
    (!words.has(joined) && (words.has(hyphenated) || COMPOUND_PREFIXES.has(head.toLowerCase())));
  return keepHyphen ? left + right : left.slice(0, -1) + right;
}
