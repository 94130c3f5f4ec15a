import { describe, expect, test } from "vitest";
import { clip, formatTable, percent } from "../../scripts/eval/format-table.ts";

describe("text tables", () => {
  test("pads text columns on the right and number columns on the left", () => {
    expect(formatTable(["label", "n"], [["strength", "9"], ["context", "12"]])).toBe(
      ["label      n", "--------  --", "strength   9", "context   12"].join("\n"),
    );
  });

  test("clips long cells with an ellipsis and flattens line breaks", () => {
    expect(clip("Most children\nreceive a timely response.", 20)).toBe("Most children recei…");
  });

  test("shows shares as percentages with one decimal", () => {
    expect(percent(0.4567)).toBe("45.7%");
  });
});
