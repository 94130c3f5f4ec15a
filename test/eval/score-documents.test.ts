import { describe, expect, test } from "vitest";
import { compareDocumentFields, type PredictedDocumentFields } from "../../scripts/eval/score-documents.ts";
import type { GoldDocumentFields } from "../../scripts/eval/load-gold.ts";

// The document fields of the Kent focused-visit letter, as shared/gold/seeds.jsonl gives them.
const gold: GoldDocumentFields = {
  kind: "inspection-letter",
  publisher: "Ofsted",
  published: "2024-02-27",
  inspection: { type: "focused-visit", dates: ["2024-01-23", "2024-01-24"], judgement: null },
  authorities: [{ code: "E10000016", name: "Kent" }],
};

/** A prediction equal to gold, with some fields changed. */
function predicted(changes: Partial<PredictedDocumentFields> = {}): PredictedDocumentFields {
  return { ...structuredClone(gold), ...changes };
}

/** The fields a comparison marks wrong. */
function wrongFields(p: PredictedDocumentFields): string[] {
  return compareDocumentFields(p, gold)
    .filter((f) => !f.right)
    .map((f) => f.field);
}

describe("document-field comparison", () => {
  test("a prediction equal to gold is right on all seven fields", () => {
    const rows = compareDocumentFields(predicted(), gold);
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.right)).toBe(true);
  });

  test.each<[string, Partial<PredictedDocumentFields>, string[]]>([
    ["inspection dates in another order", { inspection: { type: "focused-visit", dates: ["2024-01-24", "2024-01-23"], judgement: null } }, []],
    ["publisher in another case", { publisher: "OFSTED" }, []],
    ["authority named differently but with the same code", { authorities: [{ code: "E10000016", name: "Kent County Council" }] }, []],
    ["a missing inspection date", { inspection: { type: "focused-visit", dates: ["2024-01-23"], judgement: null } }, ["inspection.dates"]],
    ["a judgement given to an ungraded visit", { inspection: { type: "focused-visit", dates: ["2024-01-23", "2024-01-24"], judgement: "good" } }, ["inspection.judgement"]],
    ["the wrong kind and no publication date", { kind: "news", published: null }, ["kind", "published"]],
    ["an extra subject authority", { authorities: [{ code: "E10000016", name: "Kent" }, { code: "E06000035", name: "Medway" }] }, ["authorities"]],
    ["no publisher", { publisher: null }, ["publisher"]],
  ])("%s", (_name, changes, wrong) => {
    expect(wrongFields(predicted(changes))).toEqual(wrong);
  });

  test("shows both values of a wrong field, lists sorted", () => {
    const row = compareDocumentFields(predicted({ inspection: { type: "jtai", dates: ["2024-01-24"], judgement: null } }), gold);
    expect(row.find((r) => r.field === "inspection.type")).toEqual({
      field: "inspection.type",
      right: false,
      predicted: "jtai",
      gold: "focused-visit",
    });
    expect(row.find((r) => r.field === "inspection.dates")?.gold).toBe("[2024-01-23, 2024-01-24]");
  });
});
