import { FILTERS, type FilterKey } from "./facets.ts";
import { FACET_COUNT_VALUES, facetFilterName, PASSAGE_FIELD } from "./passage-codec.ts";

/** What a search is: the words typed, the chosen values of each filter, and the order of the results. */
export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string[]>>;
  /** "date": newest document first; absent: by relevance (without words, newest first too). */
  sort?: "date";
}

/** Pagefind's filter argument (see pagefindFilters). */
export type PagefindFilters = Record<string, unknown>;

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
  const state: SearchState = { query: (params.get("q") ?? "").trim(), filters };
  if (params.get("sort") === "date") state.sort = "date";
  return state;
}

/** Writes the state as a query string in a stable order (filters in page order, values sorted), "" when empty. */
export function formatSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const { key } of FILTERS) {
    for (const value of [...(state.filters[key] ?? [])].sort()) params.append(key, value);
  }
  if (state.sort === "date") params.set("sort", "date");
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * The state as Pagefind's filter object. Each facet value is its own Pagefind filter
 * (`theme.mash`, see passage-codec.ts) whose value is a count, so "carries the value" is `any` of
 * the counts; values of one facet combine with OR (`any` of them), facets with AND (`all`). The
 * finding count `n` is always named (with a `none` that excludes nothing) so that Pagefind loads
 * it and returns its counts, from which the page computes the number of findings.
 */
export function pagefindFilters(state: SearchState): PagefindFilters {
  const has = (key: FilterKey, value: string) => ({ [facetFilterName(key, value)]: { any: [...FACET_COUNT_VALUES] } });
  const clauses: Record<string, unknown>[] = [];
  for (const { key } of FILTERS) {
    const values = [...new Set(state.filters[key] ?? [])].sort();
    if (values.length === 1) clauses.push(has(key, values[0]!));
    else if (values.length > 1) clauses.push({ any: values.map((value) => has(key, value)) });
  }
  const filters: PagefindFilters = clauses.length > 0 ? { all: clauses } : {};
  // With words the count cannot be exact (a finding of a matching passage may lack them), so the
  // finding count's chunk is not worth loading.
  if (state.query === "") filters[PASSAGE_FIELD.count] = { none: ["0"] };
  return filters;
}

/**
 * The filter sets that list a search newest first: Pagefind ranks the passages holding the words
 * by relevance and has no sort without an index in the pf_meta every first search loads (8.5 kB on
 * the real corpus), so a dated search runs once per year, newest year first (each year's filter
 * chunk loads only then), and once for the undated passages; within a year the order is relevance.
 * `years` are the years the collection has; a search already filtered by year keeps to those.
 * Empty when the search is not dated or has no words (without words the index order is newest first).
 */
export function yearSearches(state: SearchState, years: readonly string[]): { year: string | null; filters: PagefindFilters }[] {
  if (state.sort !== "date" || state.query === "") return [];
  const chosen = state.filters.year ?? [];
  const wanted = [...new Set(years)].filter((y) => chosen.length === 0 || chosen.includes(y)).sort().reverse();
  const base = pagefindFilters({ ...state, filters: { ...state.filters, year: [] } });
  const clauses = (base["all"] as unknown[] | undefined) ?? [];
  const has = (year: string) => ({ [facetFilterName("year", year)]: { any: [...FACET_COUNT_VALUES] } });
  const searches: { year: string | null; filters: PagefindFilters }[] = wanted.map((year) => ({ year, filters: { all: [...clauses, has(year)] } }));
  if (chosen.length === 0 && years.length > 0) {
    searches.push({ year: null, filters: { all: [...clauses, { none: years.map(has) }] } });
  }
  return searches;
}

/** True when the state asks for nothing (no words, no filter). */
export function isEmptySearch(state: SearchState): boolean {
  return state.query === "" && Object.values(state.filters).every((values) => !values || values.length === 0);
}
