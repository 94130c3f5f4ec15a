import { describe, expect, test } from "vitest";
import { findingId, identityOfFolded, identityText } from "../../../scripts/pipeline/findings/finding-id.ts";
import { foldSentence } from "../../../scripts/pipeline/polarity/fold-sentence.ts";

const sentences = [
  "Children’s plans are “not always” timely — and some are late.",
  "Plain ASCII sentence with `backticks` and CAPITALS.",
  "Two  spaces here.",
  " A leading space.",
  "A trailing space. ",
  "A no-break\u00a0space and a\ttab.",
  "Line\nbreak inside.",
  "Dashes ‐ ‑ ‒ – — and quotes ‘ ’ ´ „ “ ”.",
  "İstanbul’s dotted capital lengthens when lower-cased.",
  "",
];

describe("identityText", () => {
  test("folds case, quotes, dashes and white space", () => {
    expect(identityText("  Children’s  “plans” — Late ")).toBe("children's \"plans\" - late");
  });
});

describe("identityOfFolded", () => {
  test("gives identityText's string from a sentence's matching fold, whatever the sentence's spacing", () => {
    for (const text of sentences) expect(identityOfFolded(text, foldSentence(text))).toBe(identityText(text));
  });

  test("keeps ids as they were", () => {
    const text = "Children’s plans are timely.";
    expect(findingId("a".repeat(64), text, 0)).toMatch(/^f-[0-9a-f]{12}$/);
    expect(findingId("a".repeat(64), text, 0)).toBe(findingId("a".repeat(64), "children's plans are timely.", 0));
  });
});
