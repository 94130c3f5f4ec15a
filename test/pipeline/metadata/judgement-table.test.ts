import { describe, expect, test } from "vitest";
import { readJudgementTable } from "../../../scripts/pipeline/metadata/judgement-table.ts";
import { detectJudgements } from "../../../scripts/pipeline/metadata/detect-judgement.ts";

const ILACS_AREAS = [
  "overall effectiveness",
  "the impact of leaders on social work practice with children and families",
  "the experiences and progress of children who need help and protection",
  "the experiences and progress of children in care",
  "the experiences and progress of children in care and care leavers",
];

describe("an ILACS judgement table whose rows the PDF broke across cells", () => {
  test("pairs each area with its grade when grades wrap into the next row", () => {
    const text =
      "Judgement | Grade\n\nThe impact of leaders on social work practice with children | Requires improvement\n\nand families | to be good\n\n" +
      "The experiences and progress of children who need help and Requires improvement protection | to be good\n\n" +
      "The experiences and progress of children in care and care | Outstanding\n\nleavers\n\nOverall effectiveness | Requires improvement to be good\n\nSince the last inspection…";
    expect(readJudgementTable(text, ILACS_AREAS)).toEqual([
      { area: "the impact of leaders on social work practice with children and families", grade: "requires improvement to be good" },
      { area: "the experiences and progress of children who need help and protection", grade: "requires improvement to be good" },
      { area: "the experiences and progress of children in care and care leavers", grade: "outstanding" },
      { area: "overall effectiveness", grade: "requires improvement to be good" },
    ]);
  });

  test("reads 'Requires improvement to | … | be good' as one grade", () => {
    const text =
      "Judgement | Grade The impact of leaders on social work practice with | Requires improvement to children and families | be good " +
      "The experiences and progress of children who need help and protection | Inadequate Overall effectiveness | Inadequate";
    expect(readJudgementTable(text, ILACS_AREAS)?.map((r) => r.grade)).toEqual(["requires improvement to be good", "inadequate", "inadequate"]);
  });

  test("gives up (null) rather than pair areas and grades of different counts", () => {
    expect(readJudgementTable("Judgement | Grade The impact of leaders | Good Good Overall effectiveness | Good", ILACS_AREAS)).toBeNull();
    expect(readJudgementTable("No table here.", ILACS_AREAS)).toBeNull();
  });
});

describe("a SIF row whose grade the PDF split around its area", () => {
  test("reads 'Requires 2. Children looked after … | improvement' as requires improvement", () => {
    const text = "1. Children who need help and protection | Inadequate Requires 2. Children looked after and achieving permanence | improvement 2.1 Adoption performance | Good";
    expect(detectJudgements(text, ["children who need help and protection", "children looked after and achieving permanence", "adoption performance"])).toEqual([
      { area: "children who need help and protection", grade: "inadequate" },
      { area: "children looked after and achieving permanence", grade: "requires improvement to be good" },
      { area: "adoption performance", grade: "good" },
    ]);
    const toBeGood = "Requires improvement to 1. Children who need help and protection | be good 2.1 Adoption performance | Good";
    expect(detectJudgements(toBeGood, ["children who need help and protection", "adoption performance"]).map((j) => j.grade)).toEqual(["requires improvement to be good", "good"]);
  });
});
