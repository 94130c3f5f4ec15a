import { FILTERS, type FilterKey } from "../lib/search/facets.ts";
import { pagefindFilters, type SearchState } from "../lib/search/search-state.ts";
import type { FilterCounts, Pagefind } from "./pagefind-client.ts";

/**
 * Counts for every filter value as the search page shows them: for each filter, the findings the
 * other filters (and the words) leave, so the count says what ticking that value would add (OR within a filter).
 */
export async function facetCounts(pagefind: Pagefind, state: SearchState, current: FilterCounts): Promise<FilterCounts> {
  const counts: FilterCounts = { ...current };
  const active = FILTERS.map((f) => f.key).filter((key) => (state.filters[key] ?? []).length > 0);
  for (const key of active) {
    const others: SearchState = { query: state.query, filters: { ...state.filters, [key]: [] } };
    // With neither words nor other filters there is nothing to search: the index-wide counts apply.
    const response = hasCriteria(others)
      ? await pagefind.search(state.query || null, { filters: pagefindFilters(others) })
      : null;
    // With no other criteria the corpus-wide counts apply: the page's build-time counts (left as they are).
    if (response) counts[key] = response.filters[key] ?? {};
    else delete counts[key];
  }
  return counts;
}

/** The counts the page was built with (the whole corpus), kept so an emptied search can show them again. */
export function readBuildCounts(form: HTMLFormElement): FilterCounts {
  const counts: FilterCounts = {};
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>("fieldset[data-facet]")) {
    const key = fieldset.dataset["facet"] as FilterKey;
    const values: Record<string, number> = {};
    for (const span of fieldset.querySelectorAll<HTMLElement>("[data-count-for]")) {
      values[span.dataset["countFor"] ?? ""] = Number(/\d+/.exec(span.textContent ?? "")?.[0] ?? 0);
    }
    counts[key] = values;
  }
  return counts;
}

/**
 * Writes the counts beside each checkbox and marks values with no findings. A filter whose counts a
 * search has not loaded (Pagefind loads a filter's chunk only when it needs it) keeps what it shows.
 */
export function showFacetCounts(form: HTMLFormElement, counts: FilterCounts): void {
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>("fieldset[data-facet]")) {
    const key = fieldset.dataset["facet"] as FilterKey;
    const known = counts[key];
    if (!known || Object.keys(known).length === 0) continue;
    for (const span of fieldset.querySelectorAll<HTMLElement>("[data-count-for]")) {
      const count = known[span.dataset["countFor"] ?? ""] ?? 0;
      span.textContent = `(${count})`;
      span.closest("li")?.toggleAttribute("data-empty", count === 0);
    }
  }
}

function hasCriteria(state: SearchState): boolean {
  return state.query !== "" || Object.values(state.filters).some((values) => (values ?? []).length > 0);
}
