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

describe("comparableFindingsAbout", () => {
  test("gives each finding about any of the authorities once, in the downloads' order", async () => {
    const { comparableFindingsAbout } = await import("../../src/lib/compare/comparable-findings.ts");
    const { buildCorpusIndex } = await import("../../src/lib/corpus-index.ts");
    const { findingRows } = await import("../../src/lib/open-data/finding-rows.ts");
    const { extraction, authorities } = await import("./fixture.ts");
    const index = buildCorpusIndex(extraction, authorities);
    const codes = [...index.findingsByAuthority.keys()].slice(0, 2);
    expect(codes.length).toBe(2);
    const lookup = { authorities: new Map(authorities.map((a) => [a.code, { ...a, region: a.region ?? null }])), themeLabels: new Map<string, string>() };
    const expected = findingRows(extraction, lookup).filter((row) => row.authorities.some((code) => codes.includes(code)));
    const got = comparableFindingsAbout(codes, index);
    expect(got.map((f) => f.id)).toEqual(expected.map((row) => row.id));
    expect(got.map((f) => f.url)).toEqual(expected.map((row) => row.url));
    expect(got.length).toBeGreaterThan(0);
    expect(new Set(got.map((f) => f.id)).size).toBe(got.length);
  });
});
