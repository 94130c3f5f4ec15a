/**
 * A block repeating an earlier one word for word (an image caption repeating the standfirst) is not a new finding.
 * Blocks are compared by their text with white space folded, trimmed and lower-cased (their key).
 */
import { hasOnlySingleSpaces, isWhiteSpace } from "../../nlp/white-space.ts";
import type { FlatBlock } from "./flatten-blocks.ts";

/** Mark as furniture ("duplicate") each block whose key, of more than 30 characters, an earlier block had. */
export function markDuplicates(blocks: FlatBlock[], furniture: (block: FlatBlock, reason: string) => void): void {
  // Most blocks repeat none: a hash of each key, worked out in one pass over plain text without making the key, tells
  // which can (equal keys hash the same). Only blocks whose hash another block shares have their keys made and compared.
  const hashes = new Map<number, number>();
  const hashOf: (number | undefined)[] = blocks.map((block) => {
    if (block.data.role === "furniture") return undefined;
    const hash = keyHash(block.text);
    if (hash !== undefined) hashes.set(hash, (hashes.get(hash) ?? 0) + 1);
    return hash;
  });
  const seen = new Set<string>();
  blocks.forEach((block, i) => {
    const hash = hashOf[i];
    if (block.data.role === "furniture" || hash === undefined || hashes.get(hash)! < 2) return;
    const key = keyOf(block.text);
    if (seen.has(key)) furniture(block, "duplicate");
    seen.add(key);
  });
}

/** The text with white space folded, trimmed and lower-cased: what two blocks must share to repeat each other. */
function keyOf(text: string): string {
  return (hasOnlySingleSpaces(text) ? text : text.replace(/\s+/g, " ")).trim().toLowerCase();
}

/** FNV-1a of the key of `text`, or undefined when the key has 30 characters or fewer (never compared). */
function keyHash(text: string): number | undefined {
  let hash = 0x811c9dc5;
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // Past ASCII, lower-casing is the engine's (it may change lengths): the key is made and hashed as it stands.
    if (code >= 128) return hashOfKey(keyOf(text));
    if (isWhiteSpace(code)) {
      gap = length > 0;
      continue;
    }
    if (gap) {
      hash = Math.imul(hash ^ 32, 0x01000193);
      length++;
      gap = false;
    }
    if (code >= 65 && code <= 90) code += 32;
    hash = Math.imul(hash ^ code, 0x01000193);
    length++;
  }
  return length > 30 ? hash >>> 0 : undefined;
}

/** FNV-1a of a key already made (the same hash keyHash works out from a plain text). */
function hashOfKey(key: string): number | undefined {
  if (key.length <= 30) return undefined;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
