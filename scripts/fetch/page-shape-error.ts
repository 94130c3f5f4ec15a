/** The error a parser throws when a page is not shaped as the fetcher knows the site: it names the selector and the page. */
export class PageShapeError extends Error {
  /** The selector (or attribute) that matched nothing or held something unexpected. */
  readonly selector: string;
  /** The page's URL. */
  readonly url: string;

  constructor(url: string, selector: string, problem: string) {
    super(`${url}: ${problem} (selector "${selector}"): the report finder's page has changed; update scripts/fetch/report-finder.ts and its parser`);
    this.name = "PageShapeError";
    this.selector = selector;
    this.url = url;
  }
}
