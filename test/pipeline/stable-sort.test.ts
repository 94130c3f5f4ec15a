import { describe, expect, test } from "vitest";
import { byCodeUnits, sortSmall } from "../../scripts/pipeline/stable-sort.ts";

describe("sortSmall", () => {
  test("orders as Array.prototype.sort does, keeping ties in the order they came", () => {
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let run = 0; run < 200; run++) {
      const items = Array.from({ length: Math.floor(next() * 30) }, (_, i) => ({ weight: Math.round(next() * 6) / 2, i }));
      const compare = (a: { weight: number }, b: { weight: number }) => b.weight - a.weight;
      expect(sortSmall([...items], compare)).toEqual([...items].sort(compare));
    }
  });

  test("sorts strings by code units like a bare sort", () => {
    const themes = ["workforce", "care-leavers", "Early-help", "child-protection", "é", "z"];
    expect(sortSmall([...themes], byCodeUnits)).toEqual([...themes].sort());
  });
});
