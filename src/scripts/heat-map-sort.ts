/** The orderings of the heat map (heat-map-order.ts), as pure functions over the figures its cells hold. */

/** What a row ordering is by: name, region, share overall, count, or share on one theme ("theme:<id>"). */
export type OrderKey = "name" | "region" | "share" | "count" | `theme:${string}`;

/** A cell's figures: strengths and all findings (strengths and areas to improve). */
export interface CellFigures {
  strengths: number;
  count: number;
}

/** A row's figures: cells[0] is "All themes", then one per theme column in the page's order. */
export interface RowFigures {
  name: string;
  region: string;
  cells: CellFigures[];
}

/** Share of strengths, with empty cells (no findings) below every real share. */
export function shareOf(cell: CellFigures | undefined): number {
  return cell && cell.count > 0 ? cell.strengths / cell.count : -1;
}

/** Compares two rows for the ordering `key`; ties fall back on name. `themeIndex` maps a theme id to its cell index. */
export function compareRows(a: RowFigures, b: RowFigures, key: OrderKey, themeIndex: (id: string) => number): number {
  const byName = a.name.localeCompare(b.name, "en-GB");
  if (key === "name") return byName;
  if (key === "region") return a.region.localeCompare(b.region, "en-GB") || byName;
  if (key === "count") return (b.cells[0]?.count ?? 0) - (a.cells[0]?.count ?? 0) || byName;
  const index = key === "share" ? 0 : themeIndex(key.slice("theme:".length));
  const x = shareOf(a.cells[index]);
  const y = shareOf(b.cells[index]);
  // Equal shares: the one resting on more findings first.
  return y - x || (b.cells[index]?.count ?? 0) - (a.cells[index]?.count ?? 0) || byName;
}

/** Theme ids in the order asked: by name (as given), by share of strengths over all rows, or by count. */
export function orderColumns(themes: readonly string[], rows: readonly CellFigures[][], key: "name" | "share" | "count"): string[] {
  if (key === "name") return [...themes];
  const sums = themes.map((id, i) => {
    let strengths = 0;
    let count = 0;
    for (const row of rows) {
      strengths += row[i]?.strengths ?? 0;
      count += row[i]?.count ?? 0;
    }
    return { id, i, share: shareOf({ strengths, count }), count };
  });
  sums.sort((a, b) => (key === "share" ? b.share - a.share : 0) || b.count - a.count || a.i - b.i);
  return sums.map((s) => s.id);
}
