/**
 * Where the words of a search stand in a text, by the rule the results follow
 * (src/scripts/select-findings.ts): a word of the text matches when it starts with a query word or
 * with its stem, case and accents ignored. Whole words are marked. No DOM.
 */
import { queryWords, stemOf } from "../../scripts/select-findings.ts";

/** The URL parameter that carries the words to a finding's document page. */
export const HIGHLIGHT_PARAM = "hl";

/** [start, end) offsets of the words of `text` that match one of the query's words. */
export function highlightRanges(text: string, query: string): [number, number][] {
  const stems = queryWords(query).map(stemOf);
  if (stems.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0].normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    if (stems.some((stem) => word.startsWith(stem))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** The text cut into plain and marked pieces, in order: what a renderer turns into text nodes and <mark>s. */
export function highlightPieces(text: string, query: string): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of highlightRanges(text, query)) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** A finding's link with the words to highlight on its page (`/reports/x/?hl=care+leavers#f-…`); unchanged without words. */
export function withHighlight(href: string, query: string): string {
  const words = queryWords(query).join(" ");
  if (!words) return href;
  const hash = href.indexOf("#");
  const path = hash < 0 ? href : href.slice(0, hash);
  const fragment = hash < 0 ? "" : href.slice(hash);
  const separator = path.includes("?") ? "&" : "?";
  return `${path}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(words).replace(/%20/g, "+")}${fragment}`;
}
