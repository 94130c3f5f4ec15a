/**
 * What the fetcher knows of Ofsted's report finder, in one place: the URLs it asks for and the
 * selectors it reads. None of it is an API: it comes from public scrapers of the site (issue #14),
 * so the parsers check every selector and name the one that failed when the site changes.
 */

/** The report finder's home: the default origin of searches and provider pages. */
export const REPORT_FINDER = "https://reports.ofsted.gov.uk";

/** Hosts the real site's publication links point at (files are served apart from the pages). */
export const FILE_HOSTS: readonly string[] = ["files.ofsted.gov.uk"];

/** The least gap between requests to a real site: one scraper found 800 ms the least that survived a full run. */
export const LEAST_DELAY_MS = 800;

/** The least gap the fetcher allows for `origin`: none for a replica on this machine, LEAST_DELAY_MS for any other host. */
export function leastDelayMs(origin: URL): number {
  return ["127.0.0.1", "localhost", "[::1]"].includes(origin.hostname) ? 0 : LEAST_DELAY_MS;
}

/** The most rows the search hands back on one page (since 2025). */
export const MAX_ROWS = 100;

/** The CSS selectors the parsers rely on; a failure message quotes the one that matched nothing. */
export const SELECTORS = {
  resultsList: "ul.results-list",
  result: "li.search-result",
  resultLink: "h3.search-result__title a[href]",
  nextPage: "a.pagination__next",
  timeline: "ol.timeline",
  timelineDay: "li.timeline__day",
  publicationLink: "a.publication-link",
  publicationText: "span.nonvisual",
  publicationDate: "div.event__metadata time[pubdate]",
} as const;

/** The search listing every "Local authority children's services" provider, `rows` at a time from `start`. */
export function searchUrl(origin: string, start: number, rows = MAX_ROWS): string {
  // level_1_types=3 is children's social care; level_2_types[]=12 its "Local authority children's services".
  const query = `q=&location=&lat=&lon=&radius=&level_1_types=3&level_2_types%5B%5D=12&start=${start}&rows=${rows}`;
  return new URL(`/search?${query}`, origin).href;
}

/** A provider page's path: /provider/<provider type>/<URN>. */
export const PROVIDER_PATH = /^\/provider\/(\d+)\/(\d+)\/?$/;

/** A publication file's path: /v1/file/<file id>. */
export const FILE_PATH = /^\/v1\/file\/(\d+)\/?$/;
