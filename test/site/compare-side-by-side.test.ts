import { describe, expect, test } from "vitest";
import { neighbourSet, sideBySide, type ComparableFinding } from "../../src/lib/compare/side-by-side.ts";

const f = (id: string, polarity: string, themes: string[], authorities: string[]): ComparableFinding => ({
  id,
  text: id,
  polarity,
  themes,
  authorities,
  url: `/reports/x/#${id}`,
});

describe("sideBySide", () => {
  const findings = [
    f("a", "strength", ["mash"], ["K"]),
    f("b", "improvement", ["mash"], ["C"]),
    f("c", "strength", ["health"], ["K", "C"]),
    f("c", "strength", ["health"], ["K", "C"]), // the same finding read from a second authority's file
    f("d", "context", ["mash"], ["K"]),
  ];
  const view = sideBySide(["K", "C"], findings, new Map([["mash", "MASH"], ["health", "Health"]]));

  test("puts each authority's strengths and areas to improve in its own column, theme by theme", () => {
    const mash = view.rows.find((r) => r.themeId === "mash");
    expect(mash?.cells.map((c) => [c.strengths.length, c.improvements.length])).toEqual([[1, 0], [0, 1]]);
  });

  test("counts a finding shared by two files once per authority", () => {
    const health = view.rows.find((r) => r.themeId === "health");
    expect(health?.cells.map((c) => c.strengths.map((x) => x.id))).toEqual([["c"], ["c"]]);
  });

  test("orders themes by label", () => {
    expect(view.rows.map((r) => r.label)).toEqual(["Health", "MASH"]);
  });
});

describe("neighbourSet", () => {
  test.each([
    [["N1", "N2", "N3", "N4"], ["N1", "N2", "N3", "N4"], [], ["A", "N1", "N2", "N3"]],
    [["N1", "N2"], ["N2"], ["R1", "R2"], ["A", "N2", "R1", "R2"]],
    [[], [], ["A", "R1"], ["A", "R1"]],
  ])("takes neighbours %j with findings in %j, then fallback %j", (neighbours, withFindings, fallback, expected) => {
    const has = new Set([...withFindings, ...fallback]);
    expect(neighbourSet({ code: "A", statisticalNeighbours: neighbours }, has, fallback)).toEqual(expected);
  });
});
