import { describe, expect, test } from "vitest";
import { dropQuotes, findCuesAcrossQuotes } from "../../scripts/pipeline/polarity/cues-across-quotes.ts";
import { foldSentence } from "../../scripts/pipeline/polarity/fold-sentence.ts";

describe("dropQuotes", () => {
  test("takes out quotation marks, double and single, and keeps apostrophes inside words", () => {
    const folded = foldSentence(`The report said the council's plans were 'too vague' and "not fit for purpose".`);
    expect(dropQuotes(folded)?.text).toBe("the report said the council's plans were too vague and not fit for purpose.");
  });

  test("maps each character back to where it stands in the sentence", () => {
    const folded = foldSentence(`had "significantly reduced" delays`);
    const dropped = dropQuotes(folded)!;
    const at = dropped.text.indexOf("reduced");
    expect(folded.slice(dropped.at[at], dropped.at[at + "reduced".length - 1]! + 1)).toBe("reduced");
  });

  test("gives null for a sentence with no quotation marks", () => {
    expect(dropQuotes(foldSentence("Children's plans are reviewed regularly."))).toBeNull();
  });
});

describe("findCuesAcrossQuotes", () => {
  test("finds a phrase a journalist quoted in part, with offsets into the sentence as written", () => {
    const text = `Inspectors said the trust had "substantially reduced" the number of children waiting for an assessment.`;
    const folded = foldSentence(text);
    const progress = findCuesAcrossQuotes(folded).find((cue) => cue.points === "strength" && cue.kind === "trajectory");
    expect(progress).toBeDefined();
    expect(text.slice(progress!.start, progress!.end)).toBe(`reduced" the number of children waiting`);
  });
});
