/** The sentence's word tokens: the hand-written reader must find exactly what the WORD pattern defines. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { WORD, wordTokens } from "../../scripts/pipeline/polarity/sentence-features.ts";

const bySpans = (text: string) => wordTokens(text).map((t) => [t.start, t.end]);
const byPattern = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);

describe("wordTokens", () => {
  test("reads words with inner apostrophes and hyphens, numbers with decimals and percentages", () => {
    expect(wordTokens("children's well-being rose 3.5% in 2023.").map((t) => t.word)).toEqual(["children's", "well-being", "rose", "#percent", "in", "#year"]);
  });

  test("ends a word at its last letter and a number at its last digit", () => {
    for (const text of ["a'", "well--known", "don't- go", "-a-", "x'y'", "3.", "1.2.3", "9.%", "..5", "''", "café 12%", "é-a", "a1b2", ""]) {
      expect(bySpans(text), text).toEqual(byPattern(text));
    }
  });

  test("finds what the WORD pattern finds on every line of the bundled reports", () => {
    const dir = join(import.meta.dirname, "../../content/reports");
    const lines = readdirSync(dir).flatMap((name) => readFileSync(join(dir, name), "utf8").toLowerCase().split("\n"));
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) expect(bySpans(line), line).toEqual(byPattern(line));
  });
});
