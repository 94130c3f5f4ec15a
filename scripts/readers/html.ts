import { decodeText } from "./decode-text.ts";
import { declaredCharset } from "./html/charset.ts";
import { findArticle, parseDocument } from "./html/find-article.ts";
import { readPageMeta } from "./html/page-meta.ts";
import { ReaderError, type Reader } from "./source-document.ts";
import { collapseWhiteSpace, createTextBuilder } from "./text-builder.ts";

/**
 * Reads a saved web page (.html, .htm): the article's headings, paragraphs and list items, without
 * navigation, related stories, subscription offers or footers; and the page's metadata. Only text is
 * output, so scripts, styles, event handlers and javascript: links never reach it.
 */
export const readHtml: Reader = async (bytes) => {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  const page = parseDocument(decoded.text);
  const meta = readPageMeta(page);
  const article = findArticle(decoded.text);
  const builder = createTextBuilder();
  // The headline is the document's title block; Readability drops it from the article when it repeats the title.
  const headline = pageHeadline(page, meta.title, meta.publisher);
  if (headline && !article.blocks.slice(0, 5).some((block) => fold(block.text) === fold(headline))) builder.add("heading", headline, 1);
  let previousList: number | undefined;
  for (const block of article.blocks) {
    if (block.type !== "list-item" || block.list !== previousList) builder.endList();
    builder.add(block.type, block.text, block.depth);
    previousList = block.list;
  }
  const { text, blocks } = builder.build();
  if (text === "") throw new ReaderError("no text: the page holds no readable article");
  return { format: "html", text, pages: [], blocks, meta, warnings: [...decoded.warnings, ...article.warnings] };
};

/** The article's own <h1> when it is the headline (not a logo), else the page title. */
function pageHeadline(page: Document, title: string | undefined, publisher: string | undefined): string | undefined {
  const h1 = page.querySelector("article h1, main h1, [role=main] h1") ?? page.querySelector("h1");
  const text = collapseWhiteSpace(h1?.textContent ?? "");
  if (!text || text.length > 200 || (publisher && fold(text) === fold(publisher))) return title;
  const inArticle = h1?.closest("article, main, [role=main]") !== null;
  const agreesWithTitle = title !== undefined && (fold(title).includes(fold(text)) || fold(text).includes(fold(title)));
  return inArticle || agreesWithTitle || !title ? text : title;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
