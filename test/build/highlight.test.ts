import { describe, expect, test } from "vitest";
import { highlightPieces, highlightRanges, withHighlight } from "../../src/lib/search/highlight.ts";

describe("highlighting a search's words", () => {
  test("marks whole words that start with a query word or its stem, ignoring case and accents", () => {
    const text = "Care leavers and carers: the Café's leaving-care team cares.";
    const marked = highlightRanges(text, "care leavers").map(([a, b]) => text.slice(a, b));
    // "leavers" → stem "leav": "leaving" is marked too, as the result selection would match it.
    expect(marked).toEqual(["Care", "leavers", "carers", "leaving", "care", "cares"]);
    expect(highlightRanges("Café", "cafe").length).toBe(1);
  });

  test("cuts text into plain and marked pieces that join back into it", () => {
    const text = "The MASH is effective; MASH-based work too.";
    const pieces = highlightPieces(text, "mash");
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(["MASH", "MASH"]);
    expect(highlightPieces(text, "")).toEqual([{ text, marked: false }]);
  });

  test("carries the words to the finding's page before its anchor", () => {
    expect(withHighlight("/reports/x/#f-1", "care leavers")).toBe("/reports/x/?hl=care+leavers#f-1");
    expect(withHighlight("/reports/x/2/#f-1", "")).toBe("/reports/x/2/#f-1");
    expect(withHighlight("/reports/x/#f-1", "<b>&")).toBe("/reports/x/?hl=b#f-1");
  });
});
