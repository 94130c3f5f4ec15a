import { describe, expect, test } from "vitest";
import { formatSearchState, isEmptySearch, pagefindFilters, parseSearchState } from "../../src/lib/search/search-state.ts";

describe("search state in the URL", () => {
  test("reads words and repeated filter values, ignoring unknown parameters", () => {
    expect(parseSearchState("?q=front+door&theme=mash&theme=health&polarity=strength&utm=x")).toEqual({
      query: "front door",
      filters: { theme: ["mash", "health"], polarity: ["strength"] },
    });
  });

  test("accepts comma-separated values in hand-written links", () => {
    expect(parseSearchState("?theme=mash,health").filters.theme).toEqual(["mash", "health"]);
  });

  test("writes filters in page order with sorted values, so equal searches share one URL", () => {
    const url = formatSearchState({ query: "oversight", filters: { polarity: ["strength"], theme: ["mash", "health"] } });
    expect(url).toBe("?q=oversight&theme=health&theme=mash&polarity=strength");
    expect(parseSearchState(url)).toEqual({ query: "oversight", filters: { theme: ["health", "mash"], polarity: ["strength"] } });
  });

  test("writes nothing for an empty search", () => {
    expect(formatSearchState({ query: "", filters: {} })).toBe("");
    expect(isEmptySearch(parseSearchState("?theme="))).toBe(true);
    expect(isEmptySearch(parseSearchState("?goodpractice=yes"))).toBe(false);
  });

  test("turns values of one filter into OR and different filters into AND for Pagefind", () => {
    expect(pagefindFilters({ query: "", filters: { theme: ["mash", "health"], authority: ["kent"], region: [] } })).toEqual({
      theme: { any: ["mash", "health"] },
      authority: { any: ["kent"] },
    });
  });
});
