import { describe, expect, test } from "vitest";
import { FACET_COUNT_VALUES, MAX_PASSAGE_FINDINGS } from "../../src/lib/search/passage-codec.ts";
import {
  formatSearchState,
  isEmptySearch,
  NEWEST_FIRST_RANKING,
  pagefindFilters,
  pagefindRanking,
  parseSearchState,
  RELEVANCE_RANKING,
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

  test("keeps the order asked for in the URL and ranks newest first by flattening every score", () => {
    const state = parseSearchState("?q=mash&sort=date");
    expect(state).toEqual({ query: "mash", filters: {}, sort: "date" });
    expect(formatSearchState(state)).toBe("?q=mash&sort=date");
    expect(pagefindRanking(state)).toBe(NEWEST_FIRST_RANKING);
    expect(Object.values(NEWEST_FIRST_RANKING).every((w) => w === 0)).toBe(true);
    expect(pagefindRanking(parseSearchState("?q=mash&sort=relevance"))).toBe(RELEVANCE_RANKING);
    expect(parseSearchState("?q=mash&sort=relevance").sort).toBeUndefined();
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
