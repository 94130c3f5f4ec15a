/** The parts of Pagefind's browser API (pagefind/pagefind.js) that the site uses. */

/** Counts per value of each filter. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What `result.data()` loads: the record's fragment. */
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** One hit; its data loads lazily, so only the results shown cost a fragment request. */
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts of each filter value within the current search and filters. */
  filters: FilterCounts;
  /** Counts of each filter value within the current search alone. */
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, "asc" | "desc">;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearchResponse | null>;
}

/** Loads the Pagefind bundle written at build time under `<base>pagefind/`. */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const url = `${base}pagefind/pagefind.js`;
  // The bundle exists only after indexing, so Vite must not try to resolve it at build time.
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  await pagefind.init();
  // No pagefind.filters() here: at national scale the filter chunks weigh megabytes. The page starts
  // with the build's counts and updates those a search has loaded (see facet-counts.ts).
  return pagefind;
}
