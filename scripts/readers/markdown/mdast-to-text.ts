import type { ListItem, Nodes, PhrasingContent, Root, RootContent } from "mdast";
import { normalisePlainText } from "../text/normalise-plain-text.ts";
import { createTextBuilder, type BuiltText, type TextBuilder } from "../text-builder.ts";

// Raw HTML elements whose content is code or chrome, never prose; skipped until their closing tag.
const HIDDEN_ELEMENT = /^<(script|style|noscript|template|iframe|textarea|svg)\b/i;

/**
 * Plain text and blocks from a Markdown syntax tree: headings, paragraphs and list items by the
 * SourceDocument conventions. Raw HTML, code blocks, images, footnote definitions and thematic breaks are dropped.
 */
export function mdastToText(tree: Root): BuiltText {
  const builder = createTextBuilder();
  for (const node of tree.children) addBlock(node, builder);
  return builder.build();
}

function addBlock(node: RootContent, builder: TextBuilder): void {
  switch (node.type) {
    case "heading":
      builder.add("heading", inlineText(node.children), node.depth);
      return;
    case "paragraph":
      addParagraph(inlineText(node.children), builder);
      return;
    case "list":
      builder.endList();
      for (const item of node.children) addListItem(item, builder);
      builder.endList();
      return;
    case "blockquote":
      for (const child of node.children) addBlock(child, builder);
      return;
    case "table":
      // A row reads as one line of cells; tables in reports are mostly judgements by area.
      for (const row of node.children) builder.add("paragraph", row.children.map((cell) => inlineText(cell.children)).join(" | "));
      return;
    default:
      // code, html, thematicBreak, definition, footnoteDefinition, yaml: not prose.
      return;
  }
}

/**
 * A paragraph's line breaks are spaces when they wrap a sentence, but a converted letter's address
 * or sign-off lines stand alone: the plain-text rules decide, as they do for .txt files.
 */
function addParagraph(raw: string, builder: TextBuilder): void {
  if (!raw.includes("\n")) {
    builder.add("paragraph", raw);
    return;
  }
  for (const chunk of normalisePlainText(raw).split("\n\n")) {
    for (const line of chunk.split("\n")) {
      if (line.startsWith("- ")) builder.add("list-item", line.slice(2));
      else builder.add("paragraph", line);
    }
    builder.endList();
  }
}

/** A list item is one line: its paragraphs joined; nested lists follow as items of their own. */
function addListItem(item: ListItem, builder: TextBuilder): void {
  const parts: string[] = [];
  const nested: RootContent[] = [];
  for (const child of item.children) {
    if (child.type === "paragraph" || child.type === "heading") parts.push(inlineText(child.children));
    else if (child.type === "list") nested.push(child);
    else if (child.type === "blockquote") parts.push(...child.children.flatMap((c) => ("children" in c ? [plainText(c)] : [])));
  }
  builder.add("list-item", parts.join(" "));
  for (const list of nested) if (list.type === "list") for (const sub of list.children) addListItem(sub, builder);
}

/** The text of inline content with its line breaks ("\n"); raw HTML tags and their hidden content vanish. */
function inlineText(nodes: readonly PhrasingContent[]): string {
  let text = "";
  let hiddenUntil: RegExp | undefined;
  for (const node of nodes) {
    if (hiddenUntil) {
      if (node.type === "html" && hiddenUntil.test(node.value)) hiddenUntil = undefined;
      continue;
    }
    if (node.type === "html") {
      const opened = HIDDEN_ELEMENT.exec(node.value);
      if (opened && !new RegExp(`</${opened[1]}\\s*>`, "i").test(node.value)) hiddenUntil = new RegExp(`</${opened[1]}\\s*>`, "i");
      continue;
    }
    text += inlineNodeText(node);
  }
  return text.replace(/[^\S\n]+/g, " ");
}

function inlineNodeText(node: PhrasingContent): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "image":
    case "imageReference":
    case "footnoteReference":
    case "html":
      return "";
    default:
      return "children" in node ? inlineText(node.children) : "";
  }
}

function plainText(node: Nodes): string {
  if (node.type === "paragraph" || node.type === "heading") return inlineText(node.children);
  return "children" in node ? node.children.map((child) => plainText(child)).join(" ") : "";
}
