/** The parts of Pagefind's browser API (pagefind/pagefind.js) that the site uses. */
import type { PassageData } from "./select-findings.ts";

/** Counts per value of each filter. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What `result.data()` loads: the passage's fragment, with the sub-results of the words matched. */
export interface PagefindResultData extends PassageData {
  content: string;
  sub_results: { url: string; title: string; anchor?: { id?: string } }[];
}

/** One hit (a passage); its data loads lazily, so only the passages read cost a fragment request. */
export interface PagefindResult {
  id: string;
  /** Locations of the matched words in the passage (none without words). */
  words: number[];
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts of each value of the loaded filters within the current search and filters. */
  filters: FilterCounts;
  /** Counts of each value of the loaded filters within the current search alone. */
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, "asc" | "desc">;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** Adds another bundle's index (its folder's URL): searches then run over every index, results merged. */
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearchResponse | null>;
}

/**
 * Loads the Pagefind bundle written at build time under `<base>pagefind/`, and merges into it the
 * extra bundles listed (folders relative to it, src/lib/search/search-bundles.ts; none for one bundle).
 *
 * A search then runs in every bundle and Pagefind joins the answers: the filter counts are summed
 * value by value (so the page's totals stay exact), and the results are concatenated in the order
 * the bundles were merged, then sorted by score; the sort is stable and a search without words gives
 * every passage the same score, so those results stay in the order the passages were indexed across
 * bundles too (newest first). With words each bundle scores by its own word statistics, so the
 * relevance order can differ slightly from one index's.
 */
export async function loadPagefind(base: string, bundles: readonly string[] = []): Promise<Pagefind> {
  const url = `${base}pagefind/pagefind.js`;
  // The bundle exists only after indexing, so Vite must not try to resolve it at build time.
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Pagefind runs in this thread: its web worker is 12 kB more to fetch (gzipped), and a search over a few
  // thousand passages takes milliseconds.
  await pagefind.options({ baseUrl: base, noWorker: true });
  await pagefind.init();
  // Each merged bundle costs its entry file and pf_meta (the WebAssembly is bundle 0's). Merged side
  // by side: Pagefind lists the indexes in the order mergeIndex is called, before its first await.
  await Promise.all(bundles.map((folder) => pagefind.mergeIndex(`${base}pagefind/${folder}`, { baseUrl: base })));
  // No pagefind.filters(): it would load every filter's chunk. A search loads the chunks of the
  // filters it names (search-state.ts) and nothing else.
  return pagefind;
}
