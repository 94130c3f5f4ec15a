import { describe, expect, test } from "vitest";
import { detectKind, isLabelledOpinion } from "../../../scripts/pipeline/metadata/detect-kind.ts";

describe("opinion labels above a headline", () => {
  test.each([
    ["Inspection week: what nobody tells you", ["The Practice Room", "Opinion"]],
    ["Why the middle grade is not failure", ["by Jo Lindsay on September 14, 2021 in Children, Opinion"]],
    ["Five things we look for", ["Ofsted: educating, caring and inspecting https://educationinspection.blog.gov.uk/"]],
    ["Ofsted's social care commentary: children in care far from home", []],
    ["Blog: inspection should recognise the context councils work in", []],
  ])("'%s' is labelled opinion", (title, head) => {
    expect(isLabelledOpinion(title, head)).toBe(true);
  });

  test.each([
    ["Council rated good", ["News | Analysis | Opinion | Jobs", "Comment"]],
    ["Council rated good", ["by Alex Morgan on March 7, 2023 in Children, Social work news"]],
  ])("'%s' under %j is not", (title, head) => {
    expect(isLabelledOpinion(title, head)).toBe(false);
  });

  test("an opinion piece about one authority is commentary, and news without the label is news", () => {
    const input = { publisher: null, hasSalutation: false, text: "Anytown's children's services were rated good.", subjects: ["E06000001"] };
    expect(detectKind({ ...input, opinion: true })).toBe("commentary");
    expect(detectKind(input)).toBe("news");
  });
});
