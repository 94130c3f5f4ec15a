import { describe, expect, test } from "vitest";
import { buildCorpusIndex } from "../../src/lib/corpus-index.ts";
import { groupByPolarity, groupByTheme, groupForThemePage, summariseByTheme } from "../../src/lib/group-findings.ts";
import type { Theme } from "../../src/schemas/index.ts";
import { authorities, documentStartingWith, extraction } from "./fixture.ts";

const index = buildCorpusIndex(extraction, authorities);
const theme = (id: string, label: string): Theme => ({ id, label, definition: "", triggers: [], ambiguous: [], cues: [], framework: [] });
const themes = [theme("mash", "MASH and front door"), theme("health", "Health partners"), theme("early-help", "Early help")];

describe("groupByPolarity", () => {
  test("puts every finding under its own polarity and keeps the order", () => {
    const groups = groupByPolarity(index.findings);
    expect(Object.values(groups).flat().length).toBe(index.findings.length);
    for (const [polarity, refs] of Object.entries(groups)) expect(refs.every((r) => r.finding.polarity === polarity)).toBe(true);
    expect(groups.strength).toEqual(index.findings.filter((r) => r.finding.polarity === "strength"));
  });
});

describe("groupForThemePage", () => {
  const groups = groupForThemePage(index.findingsByTheme.get("mash") ?? []);

  test("gives good practice its own group, not repeated under strengths", () => {
    expect(groups.goodPractice.map((r) => r.document.published)).toEqual(["2023-06-12"]);
    expect(groups.strength.some((r) => r.finding.goodPractice)).toBe(false);
  });

  test("leaves context out and sorts each group newest first", () => {
    expect(groups.strength.map((r) => r.document.published)).toEqual(["2024-02-27", "2019-03-01"]);
    const all = [...groups.goodPractice, ...groups.strength, ...groups.improvement, ...groups.recommendation];
    expect(all.some((r) => r.finding.polarity === "context")).toBe(false);
  });
});

describe("groupByTheme", () => {
  test("orders buckets by label, with unknown ids by their id and untagged items last", () => {
    const items = [
      { name: "a", themes: ["mash", "zeta"] },
      { name: "b", themes: [] },
      { name: "c", themes: ["health"] },
    ];
    const buckets = groupByTheme(items, (i) => i.themes, themes);
    expect(buckets.map((b) => [b.label, b.items.map((i) => i.name)])).toEqual([
      ["Health partners", ["c"]],
      ["MASH and front door", ["a"]],
      ["zeta", ["a"]],
      ["No theme", ["b"]],
    ]);
  });
});

describe("summariseByTheme", () => {
  const kent = documentStartingWith("2024-02-27-kent");
  const rows = summariseByTheme(kent.findings, themes);

  test("counts judged findings by theme and polarity, leaving context out", () => {
    const health = rows.find((r) => r.themeId === "health");
    expect(health?.counts).toEqual({ strength: 0, improvement: 2, recommendation: 0 });
    const mash = rows.find((r) => r.themeId === "mash");
    expect(mash?.counts).toEqual({ strength: 1, improvement: 0, recommendation: 0 });
  });

  test("links each count to the first such finding in reading order", () => {
    const health = rows.find((r) => r.themeId === "health");
    const first = kent.findings.filter((f) => f.themes.includes("health")).sort((a, b) => a.start - b.start)[0];
    expect(health?.first.improvement).toBe(first?.id);
    expect(health?.first.strength).toBeUndefined();
  });
});
