/** Stable finding ids: the same sentence of the same document always gets the same id. */
import { hash } from "node:crypto";
import { hasOnlySingleSpaces } from "../../nlp/white-space.ts";
import { foldCharacter } from "../polarity/fold-sentence.ts";

/** Fold a sentence for identity: case, quotes, dashes and white space do not change who it is. */
export function identityText(text: string): string {
  // Most sentences are printable ASCII (no backtick), single-spaced and trimmed already: lower-casing is all they need.
  if (PLAIN_SINGLE_SPACED.test(text)) return text.toLowerCase();
  // Quotes and dashes in one pass (each has its own replacement), then white space runs.
  return text.toLowerCase().replace(QUOTES_AND_DASHES, foldCharacter).replace(/\s+/g, " ").trim();
}

const QUOTES_AND_DASHES = /[’‘`´“”„‐‑‒–—]/g;

/**
 * identityText of `text` given its matching fold (foldSentence): the same string when the text is trimmed and its only
 * white space is single spaces (as a candidate sentence is), since both then lower-case and map the same quotes and
 * dashes; otherwise identityText itself.
 */
export function identityOfFolded(text: string, folded: string): string {
  const trimmed = text.length === 0 || (text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32);
  return trimmed && hasOnlySingleSpaces(text) ? folded : identityText(text);
}

const PLAIN_SINGLE_SPACED = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;

/**
 * An id from the document's content hash, the sentence, and how many times the same sentence came
 * before it in the document; independent of every other document in the corpus.
 */
export function findingId(documentSha256: string, text: string, occurrence: number): string {
  return findingIdOfIdentity(documentSha256, identityText(text), occurrence);
}

/** The same id from a sentence already folded by `identityText` (extraction folds it once to count occurrences). */
export function findingIdOfIdentity(documentSha256: string, identity: string, occurrence: number): string {
  // The one-shot hash: the same digest as createHash's, at a third of the cost (one per finding).
  return `f-${hash("sha256", `${documentSha256}\n${identity}\n${occurrence}`, "hex").slice(0, 12)}`;
}
