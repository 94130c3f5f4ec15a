import { describe, expect, test } from "vitest";
import { formatDate, plural, toAnchor } from "../../src/lib/labels.ts";
import { searchUrl } from "../../src/lib/urls.ts";

describe("formatDate", () => {
  test.each([
    ["2024-02-27", "27 February 2024"],
    ["2019-12-01", "1 December 2019"],
    [null, "Undated"],
  ])("formats %s as %s", (iso, words) => {
    expect(formatDate(iso)).toBe(words);
  });
});

describe("small helpers", () => {
  test("plural picks the singular for one and groups thousands", () => {
    expect(plural(1, "finding")).toBe("1 finding");
    expect(plural(12345, "authority", "authorities")).toBe("12,345 authorities");
  });

  test("toAnchor makes fragment ids from words", () => {
    expect(toAnchor("Yorkshire and The Humber")).toBe("yorkshire-and-the-humber");
  });

  test("searchUrl orders its parameters and leaves out empty ones", () => {
    expect(searchUrl({ theme: "mash", polarity: "strength", q: "" })).toBe("/search/?polarity=strength&theme=mash");
  });
});
