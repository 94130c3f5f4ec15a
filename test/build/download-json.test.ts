import { describe, expect, test } from "vitest";
import { formatDownloadJson } from "../../src/lib/open-data/responses.ts";

describe("formatDownloadJson", () => {
  const data = { theme: { id: "mash", label: "MASH" }, findings: [{ id: "f-1", text: 'A "quoted" <b>line</b>' }, { id: "f-2", themes: ["a", "b"] }], none: [] };

  test("parses back to the same value", () => {
    expect(JSON.parse(formatDownloadJson(data))).toEqual(data);
    expect(JSON.parse(formatDownloadJson([1, "two", null]))).toEqual([1, "two", null]);
    expect(JSON.parse(formatDownloadJson({}))).toEqual({});
  });

  test("puts each top-level key and each array element on its own line", () => {
    expect(formatDownloadJson(data).split("\n")).toEqual([
      "{",
      '"theme": {"id":"mash","label":"MASH"},',
      '"findings": [',
      '{"id":"f-1","text":"A \\"quoted\\" <b>line</b>"},',
      '{"id":"f-2","themes":["a","b"]}',
      "],",
      '"none": []',
      "}",
    ]);
  });
});
