/**
 * Orders the heat map's rows and theme columns as the reader picks (HeatMapTable.astro): rows by
 * name, region, share of strengths overall or on one theme, or number of findings; themes by name,
 * share or number. The choice is kept in the URL (?rows=…&cols=…) so an ordered view can be shared.
 */
import { compareRows, type OrderKey, orderColumns, type RowFigures } from "./heat-map-sort.ts";

/** Shows the ordering controls of every heat map on the page and applies the URL's order. */
export function startHeatMapOrder(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>("form[data-heat-order]")) {
    const table = form.parentElement?.querySelector<HTMLTableElement>("table.heat-map");
    const rows = form.elements.namedItem("rows") as HTMLSelectElement | null;
    const cols = form.elements.namedItem("cols") as HTMLSelectElement | null;
    if (!table || !rows || !cols) continue;
    form.hidden = false;
    const params = new URLSearchParams(location.search);
    choose(rows, params.get("rows"));
    choose(cols, params.get("cols"));
    const apply = () => {
      orderTable(table, rows.value as OrderKey, cols.value as "name" | "share" | "count");
      const url = new URL(location.href);
      url.searchParams.set("rows", rows.value);
      url.searchParams.set("cols", cols.value);
      if (rows.value === "name") url.searchParams.delete("rows");
      if (cols.value === "name") url.searchParams.delete("cols");
      history.replaceState(null, "", url);
    };
    form.addEventListener("change", apply);
    form.addEventListener("submit", (event) => event.preventDefault());
    if (rows.value !== "name" || cols.value !== "name") apply();
  }
}

function choose(select: HTMLSelectElement, value: string | null): void {
  if (value && [...select.options].some((o) => o.value === value)) select.value = value;
}

/** Reorders the body's rows and every row's theme cells (the first two columns stay put). */
function orderTable(table: HTMLTableElement, rowKey: OrderKey, colKey: "name" | "share" | "count"): void {
  const head = table.tHead?.rows[0];
  const body = table.tBodies[0];
  if (!head || !body) return;
  const heads = [...head.cells].slice(2);
  const themes = heads.map((th) => th.dataset["t"] ?? "");
  // Every figure is read before anything moves: cells[0] is "All themes", then the themes in their current order.
  const rows = [...body.rows].map((tr) => ({
    tr,
    f: { name: tr.dataset["name"] ?? "", region: tr.dataset["region"] ?? "", cells: [...tr.cells].slice(1).map(cellFigures) } satisfies RowFigures,
  }));
  const built = [...heads].sort((a, b) => Number(a.dataset["i"]) - Number(b.dataset["i"])).map((th) => th.dataset["t"] ?? "");
  const order = colKey === "name" ? built : orderColumns(themes, rows.map((r) => r.f.cells.slice(1)), colKey);
  const themeIndex = (id: string) => themes.indexOf(id) + 1;
  rows.sort((a, b) => compareRows(a.f, b.f, rowKey, themeIndex));
  body.replaceChildren(...rows.map((r) => r.tr));
  for (const tr of table.rows) {
    const cells = [...tr.cells];
    const byTheme = new Map(themes.map((t, i) => [t, cells[i + 2]!]));
    tr.replaceChildren(...cells.slice(0, 2), ...order.map((t) => byTheme.get(t)!));
  }
}

/** A cell's strengths and count ("–" cells: none). */
function cellFigures(td: HTMLTableCellElement): { strengths: number; count: number } {
  const count = Number.parseInt(td.textContent ?? "", 10);
  return { strengths: Number(td.dataset["s"] ?? 0), count: Number.isNaN(count) ? 0 : count };
}
