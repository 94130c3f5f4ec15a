import { FILTERS } from "../lib/search/facets.ts";
import {
  formatSearchState,
  isEmptySearch,
  pagefindFilters,
  yearSearches,
  parseSearchState,
  type SearchState,
} from "../lib/search/search-state.ts";
import { BUNDLES_ATTRIBUTE, parseBundleList } from "../lib/search/search-bundles.ts";
import { countFacets, describeListing, type FindingTotal, findingTotal } from "./facet-counts.ts";
import { loadPagefind, type Pagefind, type PagefindResult } from "./pagefind-client.ts";
import { renderResult } from "./render-result.ts";
import { type FindingQuery, type FindingResult, queryWords, selectFindings } from "./select-findings.ts";

/** Findings shown per batch. */
const PAGE_SIZE = 20;
/** Most passages read at once: each costs one fragment request. */
const MAX_WAVE = 6;
/**
 * Most passages read for one batch. Words and a theme together can leave few findings in each
 * passage (a passage matches when some finding has the words and some finding the theme), so a
 * batch may show fewer than PAGE_SIZE findings rather than read dozens of fragments; "Show more
 * results" reads on.
 */
const READ_BUDGET = 8;

/** One search's progress through its matching passages. */
interface Listing {
  state: SearchState;
  search: FindingQuery;
  /** Matching passages, in Pagefind's order (relevance, or newest first without words). */
  passages: PagefindResult[];
  /** Passages read so far. */
  read: number;
  /** Findings selected from them so far. */
  found: number;
  /** Selected findings not shown yet. */
  waiting: FindingResult[];
  /** Every finding selected so far (shown or waiting): the facet counts once all passages are read. */
  selected: FindingResult[];
  total: FindingTotal;
}

/** Wires the search form: restores the state from the URL, searches as the user types or ticks, and keeps the URL in step. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>("form#search");
  const input = document.querySelector<HTMLInputElement>("#search-q");
  const status = document.querySelector<HTMLElement>("#search-status");
  const list = document.querySelector<HTMLOListElement>("#search-results");
  const more = document.querySelector<HTMLButtonElement>("#search-more");
  const count = document.querySelector<HTMLButtonElement>("#search-count");
  if (!form || !input || !status || !list || !more || !count) return;
  form.hidden = false;
  writeState(form, input, parseSearchState(location.search));

  const base = form.dataset["pagefindBase"] ?? "/";
  const themeLabels = new Map(Object.entries(JSON.parse(form.dataset["themeLabels"] ?? "{}") as Record<string, string>));
  // The extra bundles the indexer listed on the form (none with one bundle).
  const bundles = parseBundleList(form.getAttribute(BUNDLES_ATTRIBUTE));
  const pagefind = loadPagefind(base, bundles);
  // The collection's years, from the Year filter's choices: what a dated search runs through.
  const years = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox][name="year"]')].map((box) => box.value);
  let generation = 0;
  let listing: Listing | null = null;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const run = async (): Promise<void> => {
    const state = readState(form, input);
    history.replaceState(null, "", `${location.pathname}${formatSearchState(state)}`);
    const mine = ++generation;
    let pf: Pagefind;
    try {
      pf = await pagefind;
    } catch {
      status.textContent = "Search could not load. Try reloading the page, or browse by theme or authority.";
      return;
    }
    if (isEmptySearch(state)) {
      list.replaceChildren();
      listing = null;
      more.hidden = true;
      status.textContent = "Type words or choose filters to see findings.";
      return;
    }
    // Without words Pagefind lists passages in the order they were indexed: newest first.
    // Newest first with words: one search per year, newest year first (search-state.ts, yearSearches),
    // side by side with the search itself (whose counts give the total).
    const dated = yearSearches(state, years);
    const [response, ...perYear] = await Promise.all([
      pf.search(state.query || null, { filters: pagefindFilters(state) }),
      ...dated.map((d) => pf.search(state.query, { filters: d.filters })),
    ]);
    if (mine !== generation) return;
    const passages = dated.length > 0 ? perYear.flatMap((r) => r?.results ?? []) : [...(response?.results ?? [])];
    const search: FindingQuery = { query: state.query, themes: state.filters.theme ?? [] };
    listing = {
      state,
      search,
      passages,
      read: 0,
      found: 0,
      waiting: [],
      selected: [],
      total: findingTotal(response?.filters ?? {}, search),
    };
    list.replaceChildren();
    showFacetCounts(form, null);
    await showMore(mine, false);
  };

  const showMore = async (mine: number, moveFocus: boolean): Promise<void> => {
    const current = listing;
    if (!current) return;
    await fill(current, PAGE_SIZE);
    if (mine !== generation) return;
    const items = current.waiting.splice(0, PAGE_SIZE).map((finding) => renderResult(finding, themeLabels, current.state.query));
    list.append(...items);
    more.hidden = current.waiting.length === 0 && current.read >= current.passages.length;
    status.textContent = describeListing({ ...current, passages: current.passages.length });
    const left = current.passages.length - current.read;
    // A few passages left: read them now, so the number is exact; many: the reader may ask for it.
    if (left > 0 && left <= MAX_WAVE) void countAll(mine);
    else if (left === 0) showFacetCounts(form, current);
    else {
      count.textContent = current.total.exact === null ? "Count every matching finding, and by filter" : "Count these findings by filter";
      count.hidden = false;
    }
    const first = items[0];
    if (moveFocus && first) {
      // Keyboard users land on the first new result rather than at the end of the page.
      first.tabIndex = -1;
      first.focus();
    }
  };

  /** Reads every matching passage left, a wave at a time, so the number of findings becomes exact. */
  const countAll = async (mine: number): Promise<void> => {
    const current = listing;
    if (!current) return;
    count.hidden = true;
    while (current.read < current.passages.length) {
      await fill(current, Number.POSITIVE_INFINITY);
      if (mine !== generation) return;
      status.textContent = describeListing({ ...current, passages: current.passages.length });
    }
    more.hidden = current.waiting.length === 0;
    showFacetCounts(form, current);
  };

  count.addEventListener("click", () => void countAll(generation));

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && (event.target.type === "checkbox" || event.target.type === "radio")) void run();
  });
  input.addEventListener("input", () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void run(), 300);
  });
  form.addEventListener("reset", () => {
    // The reset event fires before the controls are cleared.
    setTimeout(() => void run(), 0);
  });
  more.addEventListener("click", () => void showMore(generation, true));
  void run();
}

/**
 * Reads passages until `need` findings wait to be shown, none is left or READ_BUDGET are read, a
 * wave of fragments at a time (at most MAX_WAVE). A wave is as large as the findings expected of
 * each passage suggest: its matched words shared among the query's words (with no words, one
 * finding), scaled by what the passages read so far actually gave; without words, the first wave
 * is one passage. So a dense search reads one
 * fragment and a sparse one does not read them one by one.
 */
async function fill(listing: Listing, need: number): Promise<void> {
  const stop = Math.min(listing.read + READ_BUDGET, listing.passages.length);
  const words = queryWords(listing.search.query).length;
  const expected = (p: PagefindResult) => (words > 0 ? p.words.length / words : 1);
  while (listing.waiting.length < need && listing.read < stop) {
    const readSoFar = listing.passages.slice(0, listing.read).reduce((sum, p) => sum + expected(p), 0);
    // Without words nothing is known of a passage before it is read: read one, then scale by it.
    const scale = listing.read > 0 ? Math.max(listing.found / Math.max(readSoFar, 1), 0.05) : words > 0 ? 1 : 0;
    let end = listing.read;
    let hoped = 0;
    while (end < stop && end - listing.read < MAX_WAVE && (end === listing.read || (scale > 0 && hoped < need - listing.waiting.length))) {
      hoped += expected(listing.passages[end]!) * scale;
      end += 1;
    }
    const batch = listing.passages.slice(listing.read, end);
    listing.read = end;
    const data = await Promise.all(batch.map((passage) => passage.data()));
    for (const passage of data) {
      const findings = selectFindings(passage, listing.search);
      listing.found += findings.length;
      listing.waiting.push(...findings);
      listing.selected.push(...findings);
    }
  }
}

/**
 * The number beside each filter choice: this search's findings with that value once every matching
 * passage is read (`listing`), else (null) the build's count over the whole collection.
 */
function showFacetCounts(form: HTMLFormElement, listing: Listing | null): void {
  const counts = listing ? countFacets(listing.selected) : null;
  for (const span of form.querySelectorAll<HTMLElement>(".facet__count[data-count-for]")) {
    span.dataset["collection"] ??= span.textContent ?? "";
    const key = span.closest<HTMLElement>("fieldset[data-facet]")?.dataset["facet"] ?? "";
    span.textContent = counts ? `(${(counts.get(key)?.get(span.dataset["countFor"] ?? "") ?? 0).toLocaleString("en-GB")})` : span.dataset["collection"];
  }
  const hint = form.querySelector<HTMLElement>("#filter-counts");
  if (hint) {
    hint.dataset["collection"] ??= hint.textContent ?? "";
    hint.textContent = counts ? "The number beside each choice counts this search's findings that have it." : hint.dataset["collection"];
  }
}

/** The state the form's controls hold. */
function readState(form: HTMLFormElement, input: HTMLInputElement): SearchState {
  const filters: SearchState["filters"] = {};
  for (const { key } of FILTERS) {
    const values = [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${key}"]:checked`)].map(
      (box) => box.value,
    );
    if (values.length > 0) filters[key] = values;
  }
  const state: SearchState = { query: input.value.trim(), filters };
  if (form.querySelector<HTMLInputElement>("input[type=radio][name=sort][value=date]")?.checked) state.sort = "date";
  return state;
}

/** Ticks the boxes and fills the words of a state (values the index lacks are ignored). */
function writeState(form: HTMLFormElement, input: HTMLInputElement, state: SearchState): void {
  input.value = state.query;
  for (const radio of form.querySelectorAll<HTMLInputElement>("input[type=radio][name=sort]")) {
    radio.checked = radio.value === (state.sort ?? "relevance");
  }
  for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
    box.checked = (state.filters[box.name as keyof SearchState["filters"]] ?? []).includes(box.value);
  }
}
