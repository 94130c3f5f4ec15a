/** Fold a sentence for pattern matching without moving any character: offsets stay valid. */
export function foldSentence(text: string): string {
  // Most sentences are printable ASCII without a backtick: lower-casing is all they need.
  if (PLAIN.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s/g, " ");
}

const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;
