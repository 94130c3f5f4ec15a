/**
 * The end of a saved web page or press release: the tail of related stories, subscription offers and
 * footers; a press release's notes to editors after "ENDS"; a columnist's note under the column.
 */
import type { FlatBlock } from "./flatten-blocks.ts";
import { isHeadingLike, isSubstantive, isTeaser, wordCount } from "./line-patterns.ts";

/** What the furniture stage lends these rules: how to mark a block, and its (cached) chrome test. */
interface Helpers {
  furniture: (block: FlatBlock, reason: string) => void;
  isChromeLine: (text: string) => boolean;
}

/**
 * The tail of a saved web page: from the first chrome marker after the article (a "Read Full Story"
 * teaser, a subscription offer, a footer), walking back over the headings, lists and teasers that
 * belong to it; unless real article text resumes after it.
 */
export function markWebTail(blocks: FlatBlock[], bodyStart: number, { furniture, isChromeLine }: Helpers): void {
  // "Share this" under the standfirst is an island in the article; the tail starts at a marker the article does not outlast.
  const marker = blocks.findIndex((b, i) => i >= bodyStart && isMarker(b, isChromeLine) && !articleResumes(blocks, i, isChromeLine));
  if (marker < 0) return;
  let start = marker;
  while (start - 1 > bodyStart && belongsToTail(blocks, start - 1, isChromeLine)) start--;
  for (const block of blocks.slice(start)) if (block.data.role !== "furniture") furniture(block, "web-chrome");
}

// Words that are chrome on a web page but may stand alone in a report's table too ("Yes", "No"): never where a tail starts;
// nor a section's label or an inline link ("Related: …"), which stand inside articles too.
const WEAK_CHROME = /^(?:(?:yes|no|save|e-?mail|features|home|menu|search|press release|news story|newsroom|blog|speech|guidance)$|(?:related|read more|see also|from)\s*:)/i;

function isMarker(block: FlatBlock, isChromeLine: (text: string) => boolean): boolean {
  if (block.data.furniture === "judgement-table" || WEAK_CHROME.test(block.text.trim())) return false;
  // The cheap test first: the chrome pattern reads the whole block, and most blocks are sentences.
  return (!isSubstantive(block.text) && isChromeLine(block.text)) || isTeaser(block.text);
}

// The end of a press release: "ENDS", "- ENDS -", "Notes to editors". What follows is for journalists, not the story.
const PRESS_RELEASE_END = /^(?:-*\s*ends\s*-*\.?|notes? (?:to|for) editors:?)$/i;

/** A press release's end marker and everything after it (notes to editors, press-office contacts) is furniture. */
export function markPressReleaseEnd(blocks: FlatBlock[], bodyStart: number, { furniture }: Helpers): void {
  const at = blocks.findIndex((b, i) => i > bodyStart && PRESS_RELEASE_END.test(b.text.trim()));
  if (at < 0) return;
  for (const block of blocks.slice(at)) if (block.data.role !== "furniture") furniture(block, "press-release-notes");
}

// A columnist's note under the column: "Jo Lindsay is a former director of children's services."
const AUTHOR_NOTE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:is|was)\s+(?:a|an|the)\s+(?!\w+\s+of\s+(?:the\s+)?(?:council|authority)\b)/u;

/** The last body paragraph, when it only says who the author is. */
export function markAuthorNote(blocks: FlatBlock[], bodyStart: number, { furniture }: Helpers): void {
  const last = blocks.findLast((b, i) => i >= bodyStart && b.data.role !== "furniture" && b.node.type !== "heading");
  if (last && AUTHOR_NOTE.test(last.text.trim()) && wordCount(last.text) <= 30 && !/[.!?]\s+\S/.test(last.text.trim())) furniture(last, "author-note");
}

/** A block just before the tail belongs to it: a heading-like line, a list item, a teaser, or a short chrome sentence. */
function belongsToTail(blocks: FlatBlock[], i: number, isChromeLine: (text: string) => boolean): boolean {
  const block = blocks[i]!;
  const t = block.text;
  // List items belong only when they are short link-like lines ("Latest digital issues"), not a report's last list.
  if (isHeadingLike(t) || isTeaser(t) || block.data.role === "furniture") return true;
  // The first paragraph of a teaser ("The government has introduced …") stands between a headline and its "[…]" line.
  const next = blocks[i + 1];
  const prev = blocks[i - 1];
  if (next && isTeaser(next.text) && prev && isHeadingLike(prev.text)) return true;
  // A single chrome sentence under a chrome heading ("Keep abreast of the latest news …").
  return isChromeLine(t) && prev !== undefined && isHeadingLike(prev.text);
}

/** Three substantive paragraphs in a row after the marker mean the article goes on: the marker was an island. */
function articleResumes(blocks: FlatBlock[], marker: number, isChromeLine: (text: string) => boolean): boolean {
  let run = 0;
  for (const block of blocks.slice(marker + 1)) {
    const body = isSubstantive(block.text) && !isTeaser(block.text) && !isChromeLine(block.text);
    run = body ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}
