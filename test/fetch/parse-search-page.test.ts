import { describe, expect, test } from "vitest";
import { parseSearchPage } from "../../scripts/fetch/parse-search-page.ts";
import { shapeError } from "./shape-error.ts";
import { REPLICA_PROVIDERS, searchPage } from "./replica-site.ts";

const URL_0 = "https://reports.ofsted.gov.uk/search?q=&level_1_types=3&level_2_types%5B%5D=12&start=0&rows=2";

describe("parseSearchPage", () => {
  test("reads each result's URN, name and absolute provider URL, and the next page's URL carrying start=", () => {
    const page = parseSearchPage(searchPage(REPLICA_PROVIDERS, new URL(URL_0), 0, 2), URL_0);
    expect(page.providers).toEqual([
      { urn: "80418", name: "Norfolk County Council", url: "https://reports.ofsted.gov.uk/provider/44/80418" },
      { urn: "80476", name: "Kent County Council", url: "https://reports.ofsted.gov.uk/provider/44/80476" },
    ]);
    expect(new URL(page.next!).searchParams.get("start")).toBe("2");
  });

  test("the last page has no next page", () => {
    expect(parseSearchPage(searchPage(REPLICA_PROVIDERS, new URL(URL_0), 4, 2), URL_0).next).toBeNull();
  });

  test("a page without the results list names the selector that failed", () => {
    const error = shapeError(() => parseSearchPage("<html><body><div class='results'><p>Norfolk</p></div></body></html>", URL_0));
    expect(error.selector).toBe("ul.results-list");
    expect(error.message).toContain(URL_0);
    expect(error.message).toContain('selector "ul.results-list"');
  });

  test("an empty results list is an error, not a site with no authorities", () => {
    expect(shapeError(() => parseSearchPage("<ul class='results-list'></ul>", URL_0)).selector).toContain("li.search-result");
  });

  test("a result whose title link is missing or points elsewhere names the link selector", () => {
    const noLink = "<ul class='results-list'><li class='search-result'><h3 class='search-result__title'>Norfolk</h3></li></ul>";
    expect(shapeError(() => parseSearchPage(noLink, URL_0)).selector).toBe("h3.search-result__title a[href]");
    const elsewhere = "<ul class='results-list'><li class='search-result'><h3 class='search-result__title'><a href='/school/123'>Norfolk</a></h3></li></ul>";
    expect(shapeError(() => parseSearchPage(elsewhere, URL_0)).message).toContain("/school/123");
  });

  test("a next link without start= is refused rather than followed in a loop", () => {
    const html = `${searchPage(REPLICA_PROVIDERS.slice(0, 1), new URL(URL_0), 0, 2)}<a class="pagination__next" href="/search?page=2">Next</a>`;
    expect(shapeError(() => parseSearchPage(html, URL_0)).selector).toBe("a.pagination__next[href]");
  });
});
