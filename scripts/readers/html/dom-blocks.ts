import { normalisePlainText } from "../text/normalise-plain-text.ts";
import { bulletItemText } from "../text/line-shape.ts";
import { collapseWhiteSpace } from "../text-builder.ts";
import { isChromeElement } from "./boilerplate.ts";

/** A block found in the DOM, before boilerplate is filtered out. */
export interface DomBlock {
  type: "heading" | "paragraph" | "list-item";
  text: string;
  depth?: number;
  /** All of the block's text is link text: a navigation item or a teaser for another page. */
  linkOnly: boolean;
  /** Items of one list share a number, so a list of links can be dropped whole. */
  list?: number;
}

const INLINE_TAGS = new Set("a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var del ins label wbr big tt nobr".split(" "));
const BLOCK_SELECTOR = "p, div, ul, ol, li, h1, h2, h3, h4, h5, h6, table, blockquote, section, article, pre, dl, figure, header";
// A link inside a paragraph that points away from the article ("Read more: …") is not part of its text.
const AWAY_LINK = /^(?:read (?:more|next|the full|full)|see also|related\b|more on this|click here)/i;

interface Inline {
  text: string;
  linkChars: number;
}

/**
 * Walks an article's DOM into headings, paragraphs and list items. Chrome elements are skipped;
 * a <br> inside a paragraph is a space unless it separates bullet-like lines ("• one<br>• two").
 */
export function domBlocks(root: Element): DomBlock[] {
  const blocks: DomBlock[] = [];
  let lists = 0;

  const emitInline = (inline: Inline): void => {
    const segments = inline.text.split("\n").map(collapseWhiteSpace).filter(Boolean);
    const linkOnly = inline.linkChars >= nonSpaceLength(inline.text) && inline.linkChars > 0;
    const bullets = segments.filter((segment) => bulletItemText(segment) !== undefined).length;
    if (bullets >= 2) {
      const list = ++lists;
      for (const segment of segments) {
        const item = bulletItemText(segment);
        blocks.push(item === undefined ? { type: "paragraph", text: segment, linkOnly } : { type: "list-item", text: item, linkOnly, list });
      }
    } else if (segments.length > 0) {
      blocks.push({ type: "paragraph", text: segments.join(" "), linkOnly });
    }
  };

  const walk = (element: Element): void => {
    let inline: Inline = { text: "", linkChars: 0 };
    for (const child of element.childNodes) {
      if (child.nodeType === 3) inline.text += spaced(child.textContent ?? "");
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (isChromeElement(el)) continue;
      if (isInline(el)) {
        appendInline(el, inline, false);
        continue;
      }
      emitInline(inline);
      inline = { text: "", linkChars: 0 };
      block(el);
    }
    emitInline(inline);
  };

  const block = (el: Element): void => {
    const tag = el.tagName.toLowerCase();
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      const inline = inlineOf(el);
      const text = collapseWhiteSpace(inline.text);
      if (text) blocks.push({ type: "heading", text, depth: Number(heading[1]), linkOnly: inline.linkChars >= nonSpaceLength(inline.text) });
    } else if (tag === "ul" || tag === "ol" || tag === "menu" || tag === "dl") {
      list(el, ++lists);
    } else if (tag === "pre") {
      preformatted(el);
    } else if (tag === "table" && !el.querySelector("td p, td div, td ul, td h1, td h2, td h3, th p")) {
      for (const row of el.querySelectorAll("tr")) {
        const cells = [...row.children].map((cell) => inlineOf(cell));
        const text = cells.map((cell) => collapseWhiteSpace(cell.text)).filter(Boolean).join(" | ");
        if (text) blocks.push({ type: "paragraph", text, linkOnly: cells.every((cell) => cell.linkChars >= nonSpaceLength(cell.text)) });
      }
    } else {
      walk(el);
    }
  };

  const list = (el: Element, id: number): void => {
    for (const child of el.children) {
      if (isChromeElement(child)) continue;
      const tag = child.tagName.toLowerCase();
      if (tag !== "li" && tag !== "dt" && tag !== "dd") {
        block(child);
        continue;
      }
      const inline: Inline = { text: "", linkChars: 0 };
      const nested: Element[] = [];
      for (const part of child.childNodes) {
        if (part.nodeType === 3) inline.text += spaced(part.textContent ?? "");
        if (part.nodeType !== 1 || isChromeElement(part as Element)) continue;
        const partTag = (part as Element).tagName.toLowerCase();
        if (partTag === "ul" || partTag === "ol") nested.push(part as Element);
        else appendInline(part as Element, inline, false);
      }
      const text = collapseWhiteSpace(inline.text.replace(/\n/g, " "));
      if (text) blocks.push({ type: "list-item", text, linkOnly: inline.linkChars >= nonSpaceLength(inline.text), list: id });
      for (const sub of nested) list(sub, id);
    }
  };

  const preformatted = (el: Element): void => {
    const text = el.textContent ?? "";
    if (!text.trim()) return;
    for (const chunk of normalisePlainText(text).split(/\n\n/)) {
      const lines = chunk.split("\n");
      const list = ++lists;
      for (const line of lines) {
        if (line.startsWith("- ")) blocks.push({ type: "list-item", text: line.slice(2), linkOnly: false, list });
        else blocks.push({ type: "paragraph", text: line, linkOnly: false });
      }
    }
  };

  walk(root);
  return blocks;
}

function isInline(el: Element): boolean {
  return el.tagName.toLowerCase() === "br" || (INLINE_TAGS.has(el.tagName.toLowerCase()) && !el.querySelector(BLOCK_SELECTOR));
}

function inlineOf(el: Element): Inline {
  const inline: Inline = { text: "", linkChars: 0 };
  appendInline(el, inline, false);
  inline.text = inline.text.replace(/\n/g, " ");
  return inline;
}

/** Adds an element's text to a line: <br> as "\n", block children as a space, chrome and away-links skipped. */
function appendInline(el: Element, inline: Inline, inLink: boolean): void {
  const tag = el.tagName.toLowerCase();
  if (tag === "br") {
    inline.text += "\n";
    return;
  }
  if (isChromeElement(el)) return;
  const isLink = tag === "a";
  if (isLink && AWAY_LINK.test(collapseWhiteSpace(el.textContent ?? ""))) return;
  const block = !INLINE_TAGS.has(tag);
  if (block) inline.text += " ";
  for (const child of el.childNodes) {
    if (child.nodeType === 3) {
      const text = spaced(child.textContent ?? "");
      inline.text += text;
      if (inLink || isLink) inline.linkChars += nonSpaceLength(text);
    } else if (child.nodeType === 1) {
      appendInline(child as Element, inline, inLink || isLink);
    }
  }
  if (block) inline.text += " ";
}

/** Source line breaks in HTML are only white space. */
function spaced(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** Letters and digits only, so separators between links ("Home | News") do not count as text. */
function nonSpaceLength(text: string): number {
  return text.replace(/[^\p{L}\p{N}]+/gu, "").length;
}
