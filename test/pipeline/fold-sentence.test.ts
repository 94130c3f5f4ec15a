import { describe, expect, test } from "vitest";
import { foldSentence } from "../../scripts/pipeline/polarity/fold-sentence.ts";

// The fold as four passes spelt it out: lower case, then apostrophes, double quotes, dashes, and each white space character.
const reference = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s/g, " ");

describe("foldSentence", () => {
  test("lower-cases and maps quotes, dashes and white space, keeping every offset", () => {
    const text = "Children’s “plans” — Late\u00a0and\tsome\u2028`ticked´ ‐ ‑ ‒ – „x‘";
    expect(foldSentence(text)).toBe(reference(text));
    expect(foldSentence(text)).toHaveLength(text.length);
    expect(foldSentence("Plain TEXT, nothing else.")).toBe("plain text, nothing else.");
  });

  test("folds every character as the four passes did", () => {
    let text = "";
    for (let code = 0; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) text += String.fromCharCode(code);
    expect(foldSentence(text)).toBe(reference(text));
  });
});
