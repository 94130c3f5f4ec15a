import { highlightPieces, withHighlight } from "../lib/search/highlight.ts";
import type { FindingResult } from "./select-findings.ts";

const POLARITY_CLASS: Record<string, string> = { strength: "s", improvement: "i", recommendation: "r", context: "c" };

/**
 * One search result as a list item: the finding's text with the query's words marked, its labels in
 * words, and links to it (carrying the words, so its page marks them too) and its document.
 */
export function renderResult(finding: FindingResult, themeLabels: ReadonlyMap<string, string>, query = ""): HTMLLIElement {
  const item = el("li", { "data-finding": finding.id });
  const tags = el("p", { class: "result__tags" });
  tags.append(el("span", { class: `t ${POLARITY_CLASS[finding.polarity] ?? "c"}` }, finding.polarityLabel));
  if (finding.goodPractice) tags.append(el("span", { class: "t g" }, "Good practice"));
  item.append(tags);

  const quote = el("blockquote");
  const text = el("p");
  for (const piece of highlightPieces(finding.text, query)) text.append(piece.marked ? el("mark", {}, piece.text) : piece.text);
  quote.append(text);
  item.append(quote);

  const facts = [finding.authority, finding.date];
  if (finding.themes.length > 0) facts.push(`Themes: ${finding.themes.map((t) => themeLabels.get(t) ?? t).join("; ")}`);
  item.append(el("p", { class: "src" }, facts.filter(Boolean).join(" · ")));

  const links = el("p", { class: "src" });
  links.append(el("a", { href: withHighlight(finding.href, query) }, "Link to this finding"), " · From ");
  links.append(el("a", { href: finding.docUrl }, finding.docTitle));
  item.append(links);
  return item;
}

/** Creates an element with attributes and text, never parsing HTML (finding text is data, not markup). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
