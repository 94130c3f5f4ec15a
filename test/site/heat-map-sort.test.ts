import { describe, expect, test } from "vitest";
import { compareRows, orderColumns, type RowFigures } from "../../src/scripts/heat-map-sort.ts";

const row = (name: string, region: string, cells: [number, number][]): RowFigures => ({
  name,
  region,
  cells: cells.map(([strengths, count]) => ({ strengths, count })),
});
// cells[0] is "All themes", then mash, then health.
const rows = [
  row("Kent", "south-east", [[6, 10], [1, 4], [5, 6]]),
  row("Barnet", "london", [[3, 4], [3, 4], [0, 0]]),
  row("Medway", "south-east", [[9, 20], [8, 10], [1, 10]]),
];
const themes = ["mash", "health"];
const index = (id: string) => themes.indexOf(id) + 1;
const order = (key: Parameters<typeof compareRows>[2]) => [...rows].sort((a, b) => compareRows(a, b, key, index)).map((r) => r.name);

describe("ordering the heat map", () => {
  test("orders rows by name, region, overall share, count or one theme's share", () => {
    expect(order("name")).toEqual(["Barnet", "Kent", "Medway"]);
    expect(order("region")).toEqual(["Barnet", "Kent", "Medway"]);
    expect(order("share")).toEqual(["Barnet", "Kent", "Medway"]);
    expect(order("count")).toEqual(["Medway", "Kent", "Barnet"]);
    expect(order("theme:mash")).toEqual(["Medway", "Barnet", "Kent"]);
    // No finding on a theme sorts below any share, even 0%.
    expect(order("theme:health")).toEqual(["Kent", "Medway", "Barnet"]);
  });

  test("orders theme columns by share or count over all rows, keeping the given order for name", () => {
    const cells = rows.map((r) => r.cells.slice(1));
    expect(orderColumns(themes, cells, "name")).toEqual(["mash", "health"]);
    expect(orderColumns(themes, cells, "share")).toEqual(["mash", "health"]); // 12/18 against 6/16
    expect(orderColumns(themes, cells, "count")).toEqual(["mash", "health"]);
    expect(orderColumns(["health", "mash"], cells.map(([a, b]) => [b!, a!]), "count")).toEqual(["mash", "health"]);
  });
});
