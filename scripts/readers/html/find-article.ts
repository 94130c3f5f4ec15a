import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { isChromeElement } from "./boilerplate.ts";
import { domBlocks, type DomBlock } from "./dom-blocks.ts";
import { filterBoilerplate } from "./filter-blocks.ts";

/** The article's blocks, and a warning when Readability could not find it and the whole page body was read. */
export interface FoundArticle {
  blocks: DomBlock[];
  warnings: string[];
}

// Less article text than this means Readability picked a fragment, or nothing.
const MIN_ARTICLE_CHARS = 200;

/** Parses an HTML string into a DOM document (linkedom: no scripts run, no resources load). */
export function parseDocument(html: string): Document {
  // Long runs of white space cost linkedom quadratic time (it splits style attributes on /\s*;\s*/).
  const tidy = html.replace(/[ \t\r\n\f]{64,}/g, (run) => (run.includes("\n") ? "\n" : " "));
  // A fragment with no <html> element parses to no document element: wrap it in a page.
  const whole = /<html[\s>]/i.test(tidy) ? tidy : `<!doctype html><html><head></head><body>${tidy}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}

/**
 * Finds the article with Readability and reads its blocks; falls back to the page body without its
 * navigation, header, footer, sidebars, forms and chrome when Readability finds too little.
 */
export function findArticle(html: string): FoundArticle {
  const readable = readabilityBlocks(html);
  if (readable && textLength(readable) >= MIN_ARTICLE_CHARS) return { blocks: readable, warnings: [] };
  const fallback = readBodyBlocks(parseDocument(html));
  if (readable && textLength(readable) >= textLength(fallback)) {
    return { blocks: readable, warnings: [`The page holds little article text (${textLength(readable)} characters); check that it is the article.`] };
  }
  return {
    blocks: fallback,
    warnings: ["No article was found in the page; its body was read without navigation, header, footer and sidebars, so some page furniture may remain."],
  };
}

function readabilityBlocks(html: string): DomBlock[] | undefined {
  try {
    const article = new Readability<Element>(parseDocument(html), { keepClasses: true, serializer: (node) => node as Element }).parse();
    return article?.content ? filterBoilerplate(domBlocks(article.content)) : undefined;
  } catch {
    // Readability throws on some malformed documents; the fallback reads them.
    return undefined;
  }
}

/** The fallback: the page body (or its <main>/<article>) without navigation, site header, footer, sidebars, forms and chrome. */
export function readBodyBlocks(document: Document): DomBlock[] {
  const body = document.body ?? document.documentElement;
  if (!body) return [];
  for (const element of [...body.querySelectorAll("*")]) {
    if (!element.isConnected) continue;
    const siteHeader = element.tagName.toLowerCase() === "header" && !element.closest("article, main");
    if (siteHeader || isChromeElement(element)) element.remove();
  }
  const main = body.querySelector("article, main, [role=main]");
  const mainBlocks = main ? filterBoilerplate(domBlocks(main)) : [];
  return textLength(mainBlocks) >= MIN_ARTICLE_CHARS ? mainBlocks : filterBoilerplate(domBlocks(body));
}

function textLength(blocks: readonly DomBlock[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}
