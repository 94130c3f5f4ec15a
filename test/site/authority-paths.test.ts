import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { mapLayout } from "../../src/lib/map/authority-paths.ts";

const authorities = JSON.parse(readFileSync(new URL("../../content/authorities/authorities.json", import.meta.url), "utf8")) as { code: string; region: string }[];
const london = new Set(authorities.filter((a) => a.region === "London").map((a) => a.code));

/** The bounding box of an SVG path's absolute coordinates. */
function bounds(d: string): { x0: number; x1: number; y0: number; y1: number } {
  const numbers = [...d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

describe("the map's paths", () => {
  const layout = mapLayout(london);

  test("draw every one of the 153 authorities, and London's boroughs again in the inset", () => {
    expect(layout.england).toHaveLength(authorities.length);
    expect(new Set(layout.england.map((a) => a.code))).toEqual(new Set(authorities.map((a) => a.code)));
    expect(layout.inset.areas.map((a) => a.code).sort()).toEqual([...london].sort());
  });

  test("keep each area inside the frame and small (the rings are wound the way d3-geo fills them)", () => {
    for (const area of layout.england) {
      const b = bounds(area.d);
      expect(b.x0, area.name).toBeGreaterThanOrEqual(0);
      expect(b.x1, area.name).toBeLessThanOrEqual(layout.width);
      expect(b.y1, area.name).toBeLessThanOrEqual(layout.height);
      // A ring wound the wrong way fills the whole sphere: its box would be the frame.
      expect(b.x1 - b.x0, area.name).toBeLessThan(layout.width / 2);
    }
  });

  test("put Kent in the south-east and Northumberland in the north", () => {
    const kent = bounds(layout.england.find((a) => a.name === "Kent")!.d);
    const northumberland = bounds(layout.england.find((a) => a.name === "Northumberland")!.d);
    expect(kent.x0).toBeGreaterThan(northumberland.x1 - 50);
    expect(kent.y0).toBeGreaterThan(northumberland.y1);
  });
});
