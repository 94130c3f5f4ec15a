import { formatDate } from "../lib/labels.ts";
import type { PagefindResultData } from "./pagefind-client.ts";

const POLARITY_CLASS: Record<string, string> = { strength: "s", improvement: "i", recommendation: "r", context: "c" };

/** One search result as a list item: the finding's text, its labels in words, and links to it and its document. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
  const { meta } = data;
  const item = el("li", { "data-finding": meta["finding"] ?? "" });
  const tags = el("p", { class: "result__tags" });
  tags.append(el("span", { class: `t ${POLARITY_CLASS[meta["polarityId"] ?? ""] ?? "c"}` }, meta["polarity"] ?? ""));
  if (meta["goodPractice"] === "yes") tags.append(el("span", { class: "t g" }, "Good practice"));
  item.append(tags);

  const quote = el("blockquote");
  quote.append(el("p", {}, data.content.trim()));
  item.append(quote);

  const facts = [meta["authority"], meta["date"] ? formatDate(meta["date"]) : "Undated"];
  if (meta["themes"]) facts.push(`Themes: ${meta["themes"]}`);
  item.append(el("p", { class: "src" }, facts.filter(Boolean).join(" · ")));

  const links = el("p", { class: "src" });
  links.append(el("a", { href: data.url }, "Link to this finding"), " · From ");
  links.append(el("a", { href: meta["docUrl"] ?? data.url.replace(/#.*$/, "") }, meta["doc"] ?? "the document"));
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
