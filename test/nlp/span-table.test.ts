import { describe, expect, test } from "vitest";
import { SpanTable } from "../../scripts/nlp/span-table.ts";

describe("SpanTable", () => {
  const table = new SpanTable(["care", "leavers", "care", "children's", "n't", ""]);

  test("numbers each word once, in the order first given", () => {
    expect(table.words).toEqual(["care", "leavers", "children's", "n't", ""]);
  });

  test("finds a word by its span of a text, and nothing for a span that is no word of it", () => {
    const text = "most care leavers and children's homes";
    expect(table.find(text, 5, 9)).toBe(0);
    expect(table.find(text, 10, 17)).toBe(1);
    expect(table.find(text, 22, 32)).toBe(2);
    expect(table.find(text, 5, 8)).toBe(-1);
    expect(table.find(text, 0, 4)).toBe(-1);
    expect(table.find(text, 3, 3)).toBe(4);
  });

  test("answers as a set of the words would for every span of a text", () => {
    const words = ["a", "ab", "abc", "b", "bc", "ca", "cab"];
    const spans = new SpanTable(words);
    const text = "abcabcab cba";
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) expect(spans.find(text, start, end)).toBe(words.indexOf(text.slice(start, end)));
    }
  });
});
