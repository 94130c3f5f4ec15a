import { describe, expect, test } from "vitest";
import { FACET_COUNT_VALUES, MAX_PASSAGE_FINDINGS } from "../../src/lib/search/passage-codec.ts";
import {
  formatSearchState,
  isEmptySearch,
  pagefindFilters,
  parseSearchState,
  yearSearches,
} from "../../src/lib/search/search-state.ts";

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

  test("keeps the order asked for in the URL", () => {
    const state = parseSearchState("?q=mash&sort=date");
    expect(state).toEqual({ query: "mash", filters: {}, sort: "date" });
    expect(formatSearchState(state)).toBe("?q=mash&sort=date");
    expect(parseSearchState("?q=mash&sort=relevance").sort).toBeUndefined();
  });

  test("lists a dated search year by year, newest first, then the undated, keeping its other filters", () => {
    const carries = { any: [...FACET_COUNT_VALUES] };
    const searches = yearSearches(parseSearchState("?q=mash&sort=date&polarity=strength"), ["2019", "2024", "2021"]);
    expect(searches.map((s) => s.year)).toEqual(["2024", "2021", "2019", null]);
    expect(searches[0]!.filters).toEqual({ all: [{ "polarity.strength": carries }, { "year.2024": carries }] });
    expect(searches[3]!.filters).toEqual({
      all: [{ "polarity.strength": carries }, { none: [{ "year.2019": carries }, { "year.2024": carries }, { "year.2021": carries }] }],
    });
    // A search already filtered by year keeps to its years; no words or no date order: one ordinary search.
    expect(yearSearches(parseSearchState("?q=mash&sort=date&year=2019"), ["2019", "2024"]).map((s) => s.year)).toEqual(["2019"]);
    expect(yearSearches(parseSearchState("?sort=date&year=2019"), ["2019"])).toEqual([]);
    expect(yearSearches(parseSearchState("?q=mash"), ["2019"])).toEqual([]);
  });

  test("writes nothing for an empty search", () => {
    expect(formatSearchState({ query: "", filters: {} })).toBe("");
    expect(isEmptySearch(parseSearchState("?theme="))).toBe(true);
    expect(isEmptySearch(parseSearchState("?goodpractice=yes"))).toBe(false);
  });

  test("turns values of one filter into OR and different filters into AND, one Pagefind filter per value", () => {
    const carries = { any: [...FACET_COUNT_VALUES] };
    expect(pagefindFilters({ query: "", filters: { theme: ["mash", "health"], authority: ["kent"], region: [] } })).toEqual({
      all: [{ any: [{ "theme.health": carries }, { "theme.mash": carries }] }, { "authority.kent": carries }],
      n: { none: ["0"] },
    });
    expect(FACET_COUNT_VALUES).toEqual(Array.from({ length: MAX_PASSAGE_FINDINGS }, (_, i) => String(i + 1)));
  });

  test("names the finding count only without words, where it gives an exact total", () => {
    expect(pagefindFilters({ query: "", filters: {} })).toEqual({ n: { none: ["0"] } });
    expect(pagefindFilters({ query: "front door", filters: {} })).toEqual({});
    expect(pagefindFilters({ query: "front door", filters: { polarity: ["strength"] } })).toEqual({
      all: [{ "polarity.strength": { any: [...FACET_COUNT_VALUES] } }],
    });
  });
});
