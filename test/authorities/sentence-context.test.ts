import { describe, expect, test } from "vitest";
import { isNamedAsTopic } from "../../scripts/authorities/sentence-context.ts";

/** The mention of `name` in `sentence`, as the matcher reports it (alias as written). */
function mention(sentence: string, name: string) {
  const start = sentence.indexOf(name);
  return { alias: name, start, end: start + name.length };
}

describe("whether a sentence names an authority as what it is about", () => {
  test.each([
    ["Neighbouring Essex County Council, rated outstanding, had acted as its improvement partner.", "Essex County Council"],
    ["Luton's director said the council accepted the findings.", "Luton"],
    ["In Medway, inspectors found that referrals were not screened promptly.", "Medway"],
    ["Meanwhile, West Sussex has been told it must make faster progress.", "West Sussex"],
    ["Services in Richmond were rated good in 2019.", "Richmond"],
    ["Nottingham City Council was rated good last year.", "Nottingham"],
  ])("'%s' is about %s", (sentence, name) => {
    expect(isNamedAsTopic(sentence, mention(sentence, name))).toBe(true);
  });

  test.each([
    ["The Essex unitary authority was rated requires improvement to be good.", "Essex"],
    ["She gave a speech to directors in Manchester last week.", "Manchester"],
  ])("'%s' names %s only in passing", (sentence, name) => {
    expect(isNamedAsTopic(sentence, mention(sentence, name))).toBe(false);
  });
});
