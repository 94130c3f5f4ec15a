import { toIsoDate } from "../iso-date.ts";
import type { SourceMeta } from "../source-document.ts";
import { collapseWhiteSpace } from "../text-builder.ts";
import { readJsonLd } from "./json-ld.ts";

/**
 * A page's metadata: title (og:title, <title> without its site suffix, <h1>), published date
 * (article:published_time, JSON-LD, <time datetime>, a "Published: 3 March 2024" line), publisher, author, canonical URL.
 */
export function readPageMeta(document: Document): SourceMeta {
  const jsonLd = readJsonLd(document);
  // GOV.UK names the publishing body (Ofsted) apart from the site.
  const publisher = first(metaContent(document, "govuk:primary-publishing-organisation"), metaContent(document, "og:site_name"), jsonLd.publisher, metaContent(document, "publisher"), metaContent(document, "application-name"));
  const meta: SourceMeta = {};
  const title = first(metaContent(document, "og:title"), metaContent(document, "twitter:title"), jsonLd.headline, pageTitle(document, publisher), textOf(document.querySelector("h1")));
  if (title) meta.title = title;
  const published = publishedDate(document, jsonLd.datePublished);
  if (published) meta.published = published;
  if (publisher) meta.publisher = publisher;
  const author = first(metaContent(document, "author"), nonUrl(metaContent(document, "article:author")), jsonLd.author, textOf(document.querySelector('[rel="author"], [itemprop="author"]')));
  if (author) meta.author = author;
  const url = first(absolute(document.querySelector('link[rel="canonical"]')?.getAttribute("href")), absolute(metaContent(document, "og:url")), absolute(jsonLd.url));
  if (url) meta.url = url;
  return meta;
}

function publishedDate(document: Document, jsonLdDate: string | undefined): string | undefined {
  const declared = [
    metaContent(document, "article:published_time"),
    metaContent(document, "datePublished"),
    jsonLdDate,
    metaContent(document, "govuk:first-published-at"),
    metaContent(document, "date"),
    metaContent(document, "dc.date.issued"),
    metaContent(document, "dcterms.issued"),
    (document.querySelector("article time[datetime], main time[datetime]") ?? document.querySelector("time[datetime]"))?.getAttribute("datetime") ?? undefined,
  ];
  for (const value of declared) {
    const date = value ? toIsoDate(value) : undefined;
    if (date) return date;
  }
  // A byline or metadata line in the page text: "Published: 3 March 2024", "Posted on 3 March 2024".
  const body = document.body?.textContent ?? "";
  const line = /\b(?:published|first published|posted)\b\s*:?\s*(?:on\s+)?([^\n]{6,40})/i.exec(body);
  return line?.[1] ? toIsoDate(line[1]) : undefined;
}

/** <meta property="og:x"> or <meta name="x"> or <meta itemprop="x">, case-insensitively by name. */
function metaContent(document: Document, key: string): string | undefined {
  for (const meta of document.querySelectorAll("meta")) {
    const name = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop") ?? "").toLowerCase();
    if (name === key.toLowerCase()) {
      const content = collapseWhiteSpace(meta.getAttribute("content") ?? "");
      if (content) return content;
    }
  }
  return undefined;
}

/** <title> usually ends with the site's name ("Headline | Site"); the headline is the longer part before it. */
function pageTitle(document: Document, publisher: string | undefined): string | undefined {
  const title = textOf(document.querySelector("title"));
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts.at(-1) ?? "";
  const isSiteName = (publisher !== undefined && last.toLowerCase() === publisher.toLowerCase()) || last.split(" ").length <= 4;
  return isSiteName ? parts.slice(0, -1).join(" - ") : title;
}

function textOf(element: Element | null): string | undefined {
  return element ? collapseWhiteSpace(element.textContent ?? "") || undefined : undefined;
}

function first(...values: (string | undefined)[]): string | undefined {
  return values.find((value) => value !== undefined && value !== "");
}

function nonUrl(value: string | undefined): string | undefined {
  return value && !/^https?:/i.test(value) ? value : undefined;
}

function absolute(value: string | null | undefined): string | undefined {
  return value && /^https?:\/\//i.test(value.trim()) ? value.trim() : undefined;
}
