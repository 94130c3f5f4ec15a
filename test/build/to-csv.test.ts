import { describe, expect, test } from "vitest";
import { csvCell, toCsv } from "../../src/lib/open-data/to-csv.ts";

describe("CSV downloads", () => {
  test.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+44 1234", "'+44 1234"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["Most children", "Most children"],
    ["a - b", "a - b"],
  ])("guards %j against formula injection as %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  test("joins lists and leaves nulls empty", () => {
    expect([csvCell(["mash", "health"]), csvCell(null), csvCell(false), csvCell(0.5)]).toEqual(["mash; health", "", "false", "0.5"]);
  });

  test("quotes commas, quotes and line breaks as RFC 4180 says, with CRLF records", () => {
    const csv = toCsv([{ t: 'He said "timely", not late\nnext' }, { t: "plain" }], [{ header: "text", value: (r) => r.t }]);
    expect(csv).toBe('text\r\n"He said ""timely"", not late\nnext"\r\nplain\r\n');
  });
});
