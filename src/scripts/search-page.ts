import { FILTERS } from "../lib/search/facets.ts";
import {
  formatSearchState,
  isEmptySearch,
  pagefindFilters,
  parseSearchState,
  type SearchState,
} from "../lib/search/search-state.ts";
import { facetCounts, readBuildCounts, showFacetCounts } from "./facet-counts.ts";
import { loadPagefind, type Pagefind, type PagefindResult } from "./pagefind-client.ts";
import { renderResult } from "./render-result.ts";

/** Results shown per batch; each costs one small fragment request. */
const PAGE_SIZE = 20;

/** Wires the search form: restores the state from the URL, searches as the user types or ticks, and keeps the URL in step. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>("form#search");
  const input = document.querySelector<HTMLInputElement>("#search-q");
  const status = document.querySelector<HTMLElement>("#search-status");
  const list = document.querySelector<HTMLOListElement>("#search-results");
  const more = document.querySelector<HTMLButtonElement>("#search-more");
  if (!form || !input || !status || !list || !more) return;
  form.hidden = false;
  writeState(form, input, parseSearchState(location.search));

  const base = form.dataset["pagefindBase"] ?? "/";
  const pagefind = loadPagefind(base);
  const buildCounts = readBuildCounts(form);
  let generation = 0;
  let pending: PagefindResult[] = [];
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
      showFacetCounts(form, buildCounts);
      list.replaceChildren();
      pending = [];
      more.hidden = true;
      status.textContent = "Type words or choose filters to see findings.";
      return;
    }
    // Without words there is no relevance to rank by, so newest findings come first.
    const response = await pf.search(state.query || null, {
      filters: pagefindFilters(state),
      ...(state.query ? {} : { sort: { date: "desc" as const } }),
    });
    const counts = response ? await facetCounts(pf, state, response.filters) : {};
    if (mine !== generation) return;
    showFacetCounts(form, counts);
    pending = [...(response?.results ?? [])];
    list.replaceChildren();
    status.textContent = describe(pending.length, state);
    await showMore(mine, false);
  };

  const showMore = async (mine: number, moveFocus: boolean): Promise<void> => {
    const batch = pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (mine !== generation) return;
    const items = data.map(renderResult);
    list.append(...items);
    more.hidden = pending.length === 0;
    const first = items[0];
    if (moveFocus && first) {
      // Keyboard users land on the first new result rather than at the end of the page.
      first.tabIndex = -1;
      first.focus();
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === "checkbox") void run();
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

/** The state the form's controls hold. */
function readState(form: HTMLFormElement, input: HTMLInputElement): SearchState {
  const filters: SearchState["filters"] = {};
  for (const { key } of FILTERS) {
    const values = [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${key}"]:checked`)].map(
      (box) => box.value,
    );
    if (values.length > 0) filters[key] = values;
  }
  return { query: input.value.trim(), filters };
}

/** Ticks the boxes and fills the words of a state (values the index lacks are ignored). */
function writeState(form: HTMLFormElement, input: HTMLInputElement, state: SearchState): void {
  input.value = state.query;
  for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
    box.checked = (state.filters[box.name as keyof SearchState["filters"]] ?? []).includes(box.value);
  }
}

/** The sentence the live region announces. */
function describe(count: number, state: SearchState): string {
  const findings = `${count.toLocaleString("en-GB")} ${count === 1 ? "finding" : "findings"}`;
  const chosen = Object.values(state.filters).filter((values) => (values ?? []).length > 0).length;
  const words = state.query ? ` for “${state.query}”` : "";
  const filters = chosen > 0 ? ` with ${chosen} ${chosen === 1 ? "filter" : "filters"}` : "";
  return `${findings}${words}${filters}.`;
}
