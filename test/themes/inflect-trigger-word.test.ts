import { describe, expect, test } from "vitest";
import { lastWordForms, pluralForms, singleWordForms, verbForms } from "../../scripts/themes/inflect-trigger-word.ts";

describe("inflect-trigger-word", () => {
  test.each([
    ["assessment", ["assessments"]],
    ["authority", ["authorities"]],
    ["analysis", ["analyses", "analysises"]],
    ["caseload", ["caseloads"]],
    ["gp", ["gps"]],
    ["s47", ["s47s"]],
  ])("gives %s the plural %j", (word, plurals) => {
    expect(pluralForms(word)).toEqual(plurals);
  });

  test.each([
    ["supervise", ["supervised", "supervising"]],
    ["audit", ["audited", "auditing"]],
    ["delay", ["delayed", "delaying"]],
    ["triage", ["triaged", "triaging"]],
    ["training", []],
  ])("gives %s the verb forms %j", (word, forms) => {
    expect(verbForms(word)).toEqual(forms);
  });

  test("never doubles a consonant, so plan does not reach planning", () => {
    expect([...singleWordForms("plan").keys()]).not.toContain("planning");
    expect([...singleWordForms("plan").keys()]).not.toContain("planned");
  });

  test("inflects only the plural of a phrase's last word", () => {
    expect([...lastWordForms("meeting").keys()].sort()).toEqual(["meeting", "meetings"]);
  });
});
