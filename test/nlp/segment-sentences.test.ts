import { describe, expect, test } from "vitest";
import { segmentSentences } from "../../scripts/nlp/segment-sentences.ts";

const split = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe("segmentSentences", () => {
  test("splits a quoted sentence from the reported speech after it", () => {
    expect(split('"Leaders know their services well." Staff morale is high.')).toEqual([
      '"Leaders know their services well."',
      "Staff morale is high.",
    ]);
  });

  test("splits two sentences inside one quotation but keeps ', said the report' with its sentence", () => {
    expect(split('"The service is stable. Staff feel supported," said the report.')).toEqual([
      '"The service is stable.',
      'Staff feel supported," said the report.',
    ]);
  });

  test("does not split after abbreviations the splitter did not know", () => {
    expect(split("Cllr. Smith chaired the No. 2 panel on 4 March. The panel met again.")).toHaveLength(2);
  });

  test("splits where a PDF lost the space after a full stop", () => {
    expect(split("Plans are clear.Reviews are timely.")).toEqual(["Plans are clear.", "Reviews are timely."]);
  });

  test("gives offsets into the text it was given, shifted by the block offset", () => {
    const text = "One sentence here. Another one there.";
    const [, second] = segmentSentences(text, 100);
    expect(second).toEqual({ start: 119, end: 137 });
  });
});
