/**
 * How many findings a search lists, from Pagefind's counts of its results' filter values. No DOM.
 *
 * The numbers beside the filter checkboxes are the build's: each value's findings in the whole
 * collection (the page says so). Pagefind could count only passages, and only for the filters a
 * search has loaded; loading every filter's chunk to count would cost more than the search.
 */
import { facetFilterName, PASSAGE_FIELD } from "../lib/search/passage-codec.ts";
import type { SearchState } from "../lib/search/search-state.ts";
import { type FindingQuery, queryWords } from "./select-findings.ts";

/** Finding totals a search's filter counts allow: exact when `exact`, else bounds. */
export interface FindingTotal {
  /** The findings of the matching passages (all of them, with neither words nor themes). */
  exact: number | null;
  /** At least this many (before any passage is read: what the counts alone prove). */
  atLeast: number;
  /** At most this many. */
  atMost: number;
}

/**
 * The number of findings a search lists, from Pagefind's counts of the results' filter values
 * (`response.filters`): Pagefind counts passages, and each facet filter's value is how many of
 * the passage's findings carry it, so Σ value × count is a count of findings. Exact without words
 * and with at most one theme; with several themes a finding carrying two of them would be counted
 * twice, so the sum is only an upper bound; with words, any finding of a matching passage may be
 * the one that lacks them.
 */
export function findingTotal(counts: Record<string, Record<string, number>>, search: FindingQuery): FindingTotal {
  const sum = (name: string) =>
    Object.entries(counts[name] ?? {}).reduce((total, [value, passages]) => total + Number(value) * passages, 0);
  const perTheme = search.themes.map((t) => sum(facetFilterName("theme", t)));
  const themed = perTheme.reduce((a, b) => a + b, 0);
  // With words the page does not load the count of findings (see pagefindFilters).
  if (queryWords(search.query).length > 0) return { exact: null, atLeast: 0, atMost: perTheme.length > 0 ? themed : Infinity };
  const all = sum(PASSAGE_FIELD.count);
  if (perTheme.length === 0) return { exact: all, atLeast: all, atMost: all };
  if (perTheme.length === 1) return { exact: themed, atLeast: themed, atMost: themed };
  const atLeast = Math.max(...perTheme);
  const atMost = Math.min(all, themed);
  return { exact: atLeast === atMost ? atMost : null, atLeast, atMost };
}

/** Where a search's listing stands: what the status line is made from. */
export interface ListingProgress {
  state: SearchState;
  /** Matching passages. */
  passages: number;
  /** Passages read so far. */
  read: number;
  /** Findings selected from them. */
  found: number;
  total: FindingTotal;
}

/**
 * The sentence the live region announces. The number is exact when Pagefind's counts give it or
 * every matching passage has been read; otherwise it is what has been found so far, said as such,
 * with how many of the matching passages have been read.
 */
export function describeListing({ state, passages, read, found, total }: ListingProgress): string {
  const chosen = Object.values(state.filters).filter((values) => (values ?? []).length > 0).length;
  const words = state.query ? ` for “${state.query}”` : "";
  const filters = `${chosen > 0 ? ` with ${chosen} ${chosen === 1 ? "filter" : "filters"}` : ""}${state.sort === "date" && state.query ? ", newest year first" : ""}`;
  const exact = total.exact ?? (read >= passages ? found : null);
  if (exact !== null) return `${findings(exact)}${words}${filters}.`;
  const progress = `${number(read)} of ${number(passages)} matching ${passages === 1 ? "passage" : "passages"} read so far`;
  const atLeast = Math.max(total.atLeast, found);
  if (atLeast === 0) return `No findings yet${words}${filters}: ${progress}; show more results to read on.`;
  return `At least ${findings(atLeast)}${words}${filters}: ${progress}.`;
}

function findings(count: number): string {
  return `${number(count)} ${count === 1 ? "finding" : "findings"}`;
}

function number(count: number): string {
  return count.toLocaleString("en-GB");
}

/**
 * How many of a search's findings carry each value of each filter: exact once every matching
 * passage has been read (the listing's findings are then all the search's findings).
 */
export function countFacets(findings: readonly { facets: Partial<Record<string, string[]>> }[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const finding of findings) {
    for (const [key, values] of Object.entries(finding.facets)) {
      const byValue = counts.get(key) ?? new Map<string, number>();
      for (const value of new Set(values ?? [])) byValue.set(value, (byValue.get(value) ?? 0) + 1);
      counts.set(key, byValue);
    }
  }
  return counts;
}
