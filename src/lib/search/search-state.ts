import { FILTERS, type FilterKey } from "./facets.ts";

/** What a search is: the words typed and the chosen values of each filter. */
export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string[]>>;
}

/** Pagefind's filter argument: each filter's values combine with OR (`any`), different filters with AND. */
export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

const FILTER_KEYS = new Set<string>(FILTERS.map((f) => f.key));

/** Reads the state from a query string (`?q=…&theme=mash&theme=thresholds&polarity=strength`). */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const [key, value] of params) {
    if (!FILTER_KEYS.has(key) || value === "") continue;
    const list = (filters[key as FilterKey] ??= []);
    // Commas are accepted too, so hand-written links like ?theme=mash,thresholds work.
    for (const part of value.split(",")) if (part && !list.includes(part)) list.push(part);
  }
  return { query: (params.get("q") ?? "").trim(), filters };
}

/** Writes the state as a query string in a stable order (filters in page order, values sorted), "" when empty. */
export function formatSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const { key } of FILTERS) {
    for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The state as Pagefind's filter object; filters without values are left out. */
export function pagefindFilters(state: SearchState): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const { key } of FILTERS) {
    const values = state.filters[key];
    if (values && values.length > 0) filters[key] = { any: [...values] };
  }
  return filters;
}

/** True when the state asks for nothing (no words, no filter). */
export function isEmptySearch(state: SearchState): boolean {
  return state.query === "" && Object.values(state.filters).every((values) => !values || values.length === 0);
}
