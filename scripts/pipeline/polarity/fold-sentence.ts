/** Fold a sentence for pattern matching without moving any character: offsets stay valid. */
export function foldSentence(text: string): string {
  // Most sentences are printable ASCII without a backtick: lower-casing is all they need.
  if (PLAIN.test(text)) return text.toLowerCase();
  // The rest (curly apostrophes above all) in one pass: each of these characters has its own replacement, and a
  // space stays a space, so one pattern of them all makes what four passes did.
  return text.toLowerCase().replace(FOLDED, foldCharacter);
}

// Quotes, dashes and every white space character but the plain space.
const FOLDED = /[’‘`´“”„‐‑‒–—]|[^\S ]/g;

/** The folded form of one character FOLDED matched. */
export function foldCharacter(char: string): string {
  if ("’‘`´".includes(char)) return "'";
  if ("“”„".includes(char)) return '"';
  if ("‐‑‒–—".includes(char)) return "-";
  return " ";
}

const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;
