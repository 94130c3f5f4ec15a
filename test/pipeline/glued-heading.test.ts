import { describe, expect, test } from "vitest";
import { extractDocument } from "../../scripts/pipeline/extract-document.ts";
import { loadResources } from "../../scripts/extract/load-resources.ts";

// A report's text as its PDF sometimes gives it: the next heading run into the paragraph before it.
function findingsOf(paragraphs: string[]) {
  const text = ["Inspection of children's social care services", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");
  const source = { format: "text" as const, text, pages: [], blocks: [], meta: {}, warnings: [] };
  return extractDocument(source, { path: "/corpus/glued.txt", sha256: "0".repeat(64) }, loadResources()).findings;
}

describe("a heading glued to the end of a paragraph", () => {
  test("is no finding, and the paragraph's sentences still are", () => {
    const texts = findingsOf([
      "Summary of findings",
      "Social workers know their children well and visit them often. Managers check that plans are carried out.",
      "What does the local authority need to improve?",
      "Priority and immediate action",
      "Ensure that return home interviews are offered to every child who goes missing from home and care. Areas for improvement",
      "Areas for improvement",
      "Make sure that pathway plans have clear objectives and timescales.",
    ]).map((f) => f.text);
    expect(texts).toContain("Ensure that return home interviews are offered to every child who goes missing from home and care.");
    expect(texts).not.toContain("Areas for improvement");
  });

  test("a paragraph's closing sentence with its full stop stays a finding, however short", () => {
    const texts = findingsOf(["Most care leavers live in suitable homes. Most are in work."]).map((f) => f.text);
    expect(texts).toEqual(["Most care leavers live in suitable homes.", "Most are in work."]);
  });

  test("'Make sure …' opening a sentence is a directive", () => {
    const found = findingsOf(["Recommendations", "Make sure that pathway plans have clear objectives and timescales."]);
    expect(found.find((f) => f.text.startsWith("Make sure"))?.polarity).toBe("recommendation");
  });
});
