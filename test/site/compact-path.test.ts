import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { mapLayout } from "../../src/lib/map/authority-paths.ts";
import { compactPath } from "../../src/lib/map/compact-path.ts";

const authorities = JSON.parse(readFileSync(new URL("../../content/authorities/authorities.json", import.meta.url), "utf8")) as { code: string; region: string }[];
const london = new Set(authorities.filter((a) => a.region === "London").map((a) => a.code));

/** The points of path data, absolute, as an SVG renderer reads them (M and Z; L and l with implicit repeats). */
function points(d: string): string[] {
  const out: string[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    if (command === "Z" || command === "z") {
      out.push("Z");
      continue;
    }
    const numbers = [...args!.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
    for (let i = 0; i < numbers.length; i += 2) {
      if (command === "l") [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
      else [x, y] = [numbers[i]!, numbers[i + 1]!];
      out.push(`${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`);
    }
  }
  return out;
}

describe("compactPath", () => {
  test("writes relative moves in one run, a minus sign standing for a separator", () => {
    expect(compactPath("M447,485L447,486L449,484L446,484ZM10,10L11,9Z", 0)).toBe("M447,485l0,1 2-2-3,0zM10,10l1-1z");
    expect(compactPath("M1.5,2L1,2.5L2,2.5Z", 1)).toBe("M1.5,2l-.5,.5 1,0z");
  });

  test("moves no point of any area of the map, in England's frame or London's inset, and shortens them all", () => {
    const layout = mapLayout(london);
    let before = 0;
    let after = 0;
    for (const area of [...layout.england, ...layout.inset.areas]) {
      const short = compactPath(area.d);
      expect(points(short), area.name).toEqual(points(area.d));
      before += area.d.length;
      after += short.length;
    }
    expect(after).toBeLessThan(before * 0.7);
  });
});
