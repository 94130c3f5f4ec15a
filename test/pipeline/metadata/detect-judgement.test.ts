import { describe, expect, test } from "vitest";
import { detectJudgements, detectReportedJudgement, detectReportJudgement, normaliseGrade } from "../../../scripts/pipeline/metadata/detect-judgement.ts";

describe("the overall judgement a graded report states", () => {
  test.each([
    // ILACS: the judgement table's last row, after area rows with other grades.
    ["Judgement | Grade\n\nThe impact of leaders on social work practice with children and families | Good\n\nThe experiences and progress of children in care and care leavers | Outstanding\n\nOverall effectiveness | Requires improvement to be good", "requires improvement to be good"],
    // SIF 2014-2015: the summary sentence comes before the area table, whose first row is another grade.
    ["Report published: 3 June 2015\n\nThe overall judgement is that children’s services are inadequate\n\n1. Children who need help and protection | Requires improvement", "inadequate"],
    ["The overall judgement is good. The local authority leads effective services.", "good"],
    ["The overall judgement is that children’s services require improvement to be good", "requires improvement to be good"],
    // SIF 2015-2018: "Children's services in X are/require …" before the area table.
    ["Children’s services in Dudley Metropolitan Borough Council are inadequate\n\n1. Children who need help and protection | Good", "inadequate"],
    ["Children’s services in Anytown require improvement to be good\n\n1. Children who need help and protection | Good\n\n2. Children looked after and achieving | permanence | Good", "requires improvement to be good"],
    // 2009-2013 frameworks.
    ["Overall effectiveness of services for looked after children and young people Grade 4 (Inadequate) 8. The judgement for overall effectiveness is inadequate.", "inadequate"],
    ["The Local Safeguarding Children Board requires improvement", "requires improvement to be good"],
  ])("%#: %s", (text, grade) => {
    expect(detectReportJudgement(text)).toBe(grade);
  });

  test("a background sentence about the last inspection is not the overall judgement", () => {
    expect(detectReportJudgement("At the last inspection in 2015, the overall effectiveness of children’s services in Anytown was judged to require improvement to be good.")).toBeNull();
  });

  test("is null when the report states none", () => {
    expect(detectReportJudgement("Inspectors found that children are seen quickly.")).toBeNull();
  });
});

describe("area judgements", () => {
  test("reads a SIF table row that wraps its area over a cell break", () => {
    const text = "1. Children who need help and protection | Inadequate\n\n2. Children looked after and achieving | permanence | Requires improvement\n\n3. Leadership, management and governance | Good";
    expect(detectJudgements(text, ["children who need help and protection", "children looked after and achieving permanence", "leadership, management and governance"])).toEqual([
      { area: "children who need help and protection", grade: "inadequate" },
      { area: "children looked after and achieving permanence", grade: "requires improvement to be good" },
      { area: "leadership, management and governance", grade: "good" },
    ]);
  });
});

describe("the grade a news article reports", () => {
  test.each([
    ["Anytown Council's children's services have been rated 'outstanding' by Ofsted.", "outstanding"],
    ["Ofsted has rated the council as good for the first time.", "good"],
    ["Services for children in Anytown have moved out of inadequate after inspectors judged them to require improvement to be good.", "requires improvement to be good"],
    ["The trust moved from inadequate to good in two years.", "good"],
    ["The council received a ‘requires improvement’ rating.", "requires improvement to be good"],
    ["Children's services 'require improvement', says watchdog", "requires improvement to be good"],
    ["Unlike neighbouring Rochdale, which was rated inadequate last year, Oldham's children's services have been rated good.", "good"],
    ["Ofsted has upgraded Anytown's children's services to good.", "good"],
    ["The council retains its outstanding rating for children's services.", "outstanding"],
    ["'Inadequate' Ofsted rating for city's children's services", "inadequate"],
    ["Anytown Council's children's services are no longer rated inadequate, and now 'require improvement to be good'.", "requires improvement to be good"],
  ])("%s -> %s", (text, grade) => {
    expect(detectReportedJudgement(text)).toBe(grade);
  });

  test.each([
    "The council was rated good at its last inspection in 2019, and a focused visit found continued progress.",
    "Anytown, previously rated inadequate, has had four monitoring visits.",
    "Inspectors praised outstanding practice by social workers.",
    "Rochdale, which was rated inadequate last year, has asked for help.",
    "Children's services are no longer rated inadequate, the council said.",
  ])("gives no grade for background or praise: %s", (text) => {
    expect(detectReportedJudgement(text)).toBeNull();
  });

  test("reads 'adequate', the third grade until 2013, as requires improvement", () => {
    expect(normaliseGrade("Adequate")).toBe("requires improvement to be good");
  });
});
