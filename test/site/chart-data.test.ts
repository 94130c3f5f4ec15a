import { describe, expect, test } from "vitest";
import { findingsByYear, gradesOverTime, niceMax, OVERALL, shortArea, themeBalance } from "../../src/components/charts/chart-data.ts";
import type { FindingRef } from "../../src/lib/finding-ref.ts";
import { gradeClass, judgementValues, themeShareValues } from "../../src/lib/map/map-values.ts";
import { compareMatrix } from "../../src/lib/compare/compare-matrix.ts";
import { siteLookup } from "../../src/lib/search/site-lookup.ts";
import { makeDocument, makeFinding } from "../eval/make-extraction.ts";
import type { Authority } from "../../src/schemas/index.ts";

const doc = (id: string, published: string | null, judgement: "good" | "inadequate" | null = null, judgements: { area: string; grade: "good" | "inadequate" | "outstanding" }[] = []) =>
  makeDocument({ source: `/${id}.txt`, id, published, inspection: { type: "ilacs", dates: [], judgement, judgements } });
const ref = (document: ReturnType<typeof doc>, polarity: "strength" | "improvement" | "recommendation" | "context", themes: string[] = []): FindingRef => ({
  document,
  finding: makeFinding({ text: "x", polarity, themes }),
});

describe("chart data", () => {
  test("counts a theme's findings by year, filling years without any and setting aside undated ones", () => {
    const a = doc("a", "2019-05-01");
    const b = doc("b", "2021-02-01");
    const { years, undated } = findingsByYear([ref(a, "strength"), ref(a, "improvement"), ref(b, "recommendation"), ref(b, "context"), ref(doc("c", null), "strength")]);
    expect(years).toEqual([
      { year: "2019", strength: 1, improvement: 1, recommendation: 0 },
      { year: "2020", strength: 0, improvement: 0, recommendation: 0 },
      { year: "2021", strength: 0, improvement: 0, recommendation: 1 },
    ]);
    expect(undated).toBe(1);
  });

  test("lists graded inspections oldest first with their grades under short area names", () => {
    const older = doc("old", "2018-03-01", "inadequate", [{ area: "The experiences and progress of children in care and care leavers", grade: "inadequate" }]);
    const newer = doc("new", "2023-06-12", "good", [
      { area: "The impact of leaders on social work practice with children and families", grade: "outstanding" },
      { area: "The experiences and progress of children in care", grade: "good" },
    ]);
    const { inspections, areas } = gradesOverTime([newer, doc("letter", "2024-01-01"), older]);
    expect(inspections.map((i) => i.documentId)).toEqual(["old", "new"]);
    expect(areas).toEqual([OVERALL, "Care leavers", "Leadership", "Children in care"]);
    expect(inspections[1]!.grades.get("Leadership")).toBe("outstanding");
    expect(shortArea("Something else entirely that is graded by inspectors")).toBe("Something else entirely tha…");
  });

  test("balances strengths against areas to improve by theme, most findings first", () => {
    const a = doc("a", "2020-01-01");
    const rows = themeBalance([ref(a, "strength", ["mash"]), ref(a, "improvement", ["mash", "health"]), ref(a, "recommendation", ["health"]), ref(a, "strength", ["mash"])], new Map([["mash", "MASH"]]));
    expect(rows).toEqual([
      { themeId: "mash", label: "MASH", strengths: 2, improvements: 1 },
      { themeId: "health", label: "health", strengths: 0, improvements: 1 },
    ]);
  });

  test("rounds an axis up to a round step times a power of ten", () => {
    expect([0, 1, 3, 7, 12, 180, 260, 2000].map(niceMax)).toEqual([1, 1, 3, 8, 15, 200, 300, 2000]);
  });
});

describe("map values", () => {
  test("colour an authority by its latest grade and link the report", () => {
    const authority = { code: "E10000016", slug: "kent" } as Authority;
    const values = judgementValues([
      { authority, documents: 1, findings: 3, latestJudgement: { grade: "requires improvement to be good", date: "2022-07-01", documentId: "d1" } },
      { authority: { code: "E06000035", slug: "medway" } as Authority, documents: 0, findings: 0, latestJudgement: null },
    ]);
    expect([...values.keys()]).toEqual(["E10000016"]);
    expect(values.get("E10000016")).toEqual({ className: gradeClass("requires improvement to be good"), text: "Requires improvement to be good (1 July 2022)", href: "/reports/d1/" });
    expect(gradeClass("requires improvement to be good")).toBe("j-requires-improvement-to-be-good");
  });

  test("give each authority its share of strengths on a theme", () => {
    const lookup = siteLookup([{ code: "E10000016", name: "Kent", slug: "kent", region: "South East" }], [{ id: "mash", label: "MASH" }]);
    const findings = ["strength", "strength", "improvement"].map((polarity, i) =>
      makeFinding({ id: `f-00000000000${i}`, text: "x", polarity: polarity as "strength", themes: ["mash"], authorities: ["E10000016"] }),
    );
    const values = themeShareValues(compareMatrix({ documents: [makeDocument({ source: "/a", findings })], errors: [] }, lookup), "mash");
    expect(values.get("E10000016")).toEqual({ className: "h3", text: "67% strengths (2 of 3)", href: "/search/?authority=kent&theme=mash" });
  });
});
