import { describe, expect, test } from "vitest";
import { classifyPolarity } from "../../scripts/pipeline/polarity/classify-polarity.ts";
import type { SentencePlace } from "../../scripts/pipeline/polarity/classify-polarity.ts";

// Sentences written in the genre's way (not copied from the seeds); the label annotation.md gives them.
const body: SentencePlace = { section: "Main findings", sectionKind: "findings", listStance: null, findingsPrior: 0.3 };
const national: SentencePlace = { ...body, section: null, sectionKind: "other", findingsPrior: 0 };

const cases: [string, string][] = [
  ["Most care leavers receive timely and effective support from their personal advisers.", "strength"],
  ["Return home interviews are well considered and inform safety planning.", "strength"],
  ["The quality of pathway plans has improved since the last inspection.", "strength"],
  ["In a small minority of cases, strategy discussions are not held promptly.", "improvement"],
  ["The quality of supervision is variable across teams.", "improvement"],
  ["Caseloads in the assessment teams are too high.", "improvement"],
  ["Police do not always attend initial child protection conferences.", "improvement"],
  ["It is not clear how decisions to close cases are reached.", "improvement"],
  ["Although assessments are timely, they do not consistently analyse risk.", "improvement"],
  ["The service is busy but efficiently managed.", "strength"],
  ["Leaders should ensure that return home interviews are completed for every child.", "recommendation"],
  ["The council needs to strengthen its sufficiency of placements.", "recommendation"],
  ["Ofsted recommends that managers review the use of section 20.", "recommendation"],
  ["Inspectors looked at a sample of children's case records.", "context"],
  ["This visit was carried out in line with the inspection framework.", "context"],
  ["There continues to be more to do to embed these changes.", "improvement"],
  ["Permanence planning falls well short of what children need.", "improvement"],
];

describe("classifyPolarity", () => {
  test.each(cases)("labels %j as %s", (sentence, expected) => {
    expect(classifyPolarity(sentence, body).polarity).toBe(expected);
  });

  test("gives every non-context label at least one cue that decided it", () => {
    for (const [sentence, expected] of cases) {
      const verdict = classifyPolarity(sentence, body);
      if (expected !== "context") expect(verdict.cues.some((c) => c.points === expected), sentence).toBe(true);
    }
  });

  test("labels a bare noun phrase under an improvement heading as an area for improvement", () => {
    const place: SentencePlace = { ...body, section: "What needs to improve", sectionKind: "improvement" };
    const verdict = classifyPolarity("The timeliness of initial health assessments.", place);
    expect(verdict.polarity).toBe("improvement");
    expect(verdict.cues[0]).toMatchObject({ kind: "section", text: "What needs to improve" });
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test("lets a list's lead-in give its items their stance", () => {
    const place: SentencePlace = { ...body, listStance: { polarity: "strength", weight: 1, text: "Inspectors highlighted:" } };
    expect(classifyPolarity("The out-of-hours service.", place).polarity).toBe("strength");
  });

  test("flags praise held up as an example for others as good practice", () => {
    const verdict = classifyPolarity("The family hub model is an example of innovative practice she wants to see shared.", national);
    expect(verdict.polarity).toBe("strength");
    expect(verdict.goodPractice).toBe(true);
  });

  test("does not call a neutral national statement good practice", () => {
    expect(classifyPolarity("Councils are struggling to recruit social workers.", national)).toMatchObject({
      polarity: "improvement",
      goodPractice: false,
    });
  });

  // Known misses, kept so they are not forgotten.
  test.todo("labels 'No children were at immediate risk' as context, not a shortfall");
});
