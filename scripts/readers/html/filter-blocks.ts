import { isBoilerplateText, opensTrailingSection } from "./boilerplate.ts";
import type { DomBlock } from "./dom-blocks.ts";

/**
 * Drops what Readability leaves of the page around the article: everything from a "Related stories"
 * heading on, boilerplate blocks, lists whose items are all links, and stand-alone links.
 */
export function filterBoilerplate(blocks: readonly DomBlock[]): DomBlock[] {
  const kept = blocks.slice(0, trailingSectionStart(blocks));
  const linkLists = new Set(listsOfLinks(kept));
  return kept.filter((block) => {
    if (block.list !== undefined && linkLists.has(block.list)) return false;
    if (block.linkOnly && block.text.length <= 150) return false;
    return !isBoilerplateText(block.text);
  });
}

/** Where the related-stories part begins; only once some of the article has been seen, or the page would be emptied. */
function trailingSectionStart(blocks: readonly DomBlock[]): number {
  let seenArticle = false;
  for (const [index, block] of blocks.entries()) {
    if (seenArticle && block.type !== "list-item" && opensTrailingSection(block.text)) return index;
    if (block.type === "paragraph" && block.text.length >= 100) seenArticle = true;
  }
  return blocks.length;
}

function listsOfLinks(blocks: readonly DomBlock[]): number[] {
  const byList = new Map<number, DomBlock[]>();
  for (const block of blocks) {
    if (block.list === undefined) continue;
    byList.set(block.list, [...(byList.get(block.list) ?? []), block]);
  }
  return [...byList].filter(([, items]) => items.every((item) => item.linkOnly)).map(([list]) => list);
}
