/** Read one page of the report finder's search: the providers it lists and the next page's URL. */
import { parseHTML } from "linkedom";
import { PageShapeError } from "./page-shape-error.ts";
import { PROVIDER_PATH, SELECTORS } from "./report-finder.ts";

/** A provider the search lists. */
export interface ListedProvider {
  /** Ofsted's unique reference number of the provider. */
  urn: string;
  /** The provider's name as the result's title gives it ("Norfolk County Council"). */
  name: string;
  /** Absolute URL of its provider page. */
  url: string;
}

/** One search page's providers and the URL of the next page, or null on the last. */
export interface SearchPage {
  providers: ListedProvider[];
  next: string | null;
}

/** Parse a search page fetched from `url`; throws a PageShapeError naming the selector the page no longer satisfies. */
export function parseSearchPage(html: string, url: string): SearchPage {
  const { document } = parseHTML(html);
  const list = document.querySelector(SELECTORS.resultsList);
  if (!list) throw new PageShapeError(url, SELECTORS.resultsList, "no results list");
  const items = [...list.querySelectorAll(SELECTORS.result)];
  if (items.length === 0) throw new PageShapeError(url, `${SELECTORS.resultsList} > ${SELECTORS.result}`, "a results list without results");
  const providers = items.map((item, i) => {
    const link = item.querySelector(SELECTORS.resultLink);
    if (!link) throw new PageShapeError(url, SELECTORS.resultLink, `result ${i + 1} has no title link`);
    const href = new URL(link.getAttribute("href") ?? "", url);
    const match = PROVIDER_PATH.exec(href.pathname);
    if (!match) throw new PageShapeError(url, `${SELECTORS.resultLink}`, `result ${i + 1} links to ${href.pathname}, not /provider/<type>/<URN>`);
    const name = (link.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!name) throw new PageShapeError(url, SELECTORS.resultLink, `result ${i + 1} has an empty title`);
    return { urn: match[2]!, name, url: href.href };
  });
  const nextLink = document.querySelector(SELECTORS.nextPage);
  let next: string | null = null;
  if (nextLink) {
    const href = new URL(nextLink.getAttribute("href") ?? "", url);
    if (!href.searchParams.has("start")) throw new PageShapeError(url, `${SELECTORS.nextPage}[href]`, "the next-page link carries no start=");
    next = href.href;
  }
  return { providers, next };
}
