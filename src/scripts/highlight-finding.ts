/**
 * On a document's page opened from a search (`?hl=care+leavers#f-…`), marks the searched words in
 * the finding the link targets, as the results list marked them. Text nodes are split and wrapped
 * in <mark>; nothing is parsed as HTML. The finding's tag and details panel are left alone.
 */
import { HIGHLIGHT_PARAM, highlightPieces } from "../lib/search/highlight.ts";

/** Marks the URL's words in the targeted finding, now and whenever the target changes. */
export function startFindingHighlight(): void {
  const query = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? "";
  if (!query.trim()) return;
  const mark = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target && !target.dataset["highlighted"]) {
      markWords(target, query);
      target.dataset["highlighted"] = "yes";
    }
  };
  mark();
  addEventListener("hashchange", mark);
}

function markWords(root: HTMLElement, query: string): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    // The polarity tag (the finding's first link), the good-practice tag and the details panel (.p) are not the finding's words.
    acceptNode: (node) => (node.parentElement?.closest(".f > a:first-child, .t, .p, mark") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const pieces = highlightPieces(node.data, query);
    if (!pieces.some((p) => p.marked)) continue;
    node.replaceWith(
      ...pieces.map((p) => {
        if (!p.marked) return document.createTextNode(p.text);
        const m = document.createElement("mark");
        m.textContent = p.text;
        return m;
      }),
    );
  }
}

startFindingHighlight();
