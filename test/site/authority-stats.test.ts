import { describe, expect, test } from "vitest";
import { authorityRows, groupByRegion } from "../../src/lib/authority-stats.ts";
import { buildCorpusIndex } from "../../src/lib/corpus-index.ts";
import { authorities, extraction } from "./fixture.ts";

const index = buildCorpusIndex(extraction, authorities);

describe("authorityRows", () => {
  const rows = authorityRows(authorities, index);
  const row = (name: string) => rows.find((r) => r.authority.name === name);

  test("counts documents and findings, and gives an authority without documents zeros", () => {
    expect([row("Kent")?.documents, row("Kent")?.findings]).toEqual([2, 17]);
    expect([row("Medway")?.documents, row("Medway")?.findings, row("Medway")?.latestJudgement]).toEqual([0, 0, null]);
  });

  test("takes the latest judgement from the newest graded document", () => {
    expect(row("Croydon")?.latestJudgement).toMatchObject({ grade: "good", date: "2023-06-12" });
    expect(row("Kent")?.latestJudgement).toBeNull();
  });
});

describe("groupByRegion", () => {
  test("orders regions alphabetically and keeps the items' order within each", () => {
    const groups = groupByRegion(authorities, (a) => a.region);
    expect(groups.map((g) => [g.region, g.items.map((a) => a.name)])).toEqual([
      ["London", ["Croydon"]],
      ["South East", ["Kent", "Medway"]],
    ]);
  });
});
