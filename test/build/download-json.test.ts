import { describe, expect, test } from "vitest";
import { csvResponse, csvStreamResponse, formatDownloadJson } from "../../src/lib/open-data/responses.ts";
import { type CsvColumn, toCsv } from "../../src/lib/open-data/to-csv.ts";

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

describe("csvStreamResponse", () => {
  const columns: CsvColumn<{ n: number; text: string }>[] = [
    { header: "n", value: (row) => row.n },
    { header: "text", value: (row) => row.text },
  ];
  const items = Array.from({ length: 4_501 }, (_, n) => n);
  const toRow = (n: number) => ({ n, text: n % 7 === 0 ? `=formula, "quoted" – ${n}\nline` : `plain ${n}` });

  test("sends, in pieces, the same bytes as the whole CSV in one response", async () => {
    const streamed = await csvStreamResponse(items, toRow, columns).arrayBuffer();
    const whole = await csvResponse(toCsv(items.map(toRow), columns)).arrayBuffer();
    expect(Buffer.from(streamed).equals(Buffer.from(whole))).toBe(true);
    expect(Buffer.from(streamed).toString("utf8").split("\r\n").length).toBeGreaterThan(4_501);
  });

  test("with no rows, the byte-order mark and the header alone", async () => {
    const response = csvStreamResponse([], toRow, columns);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(Buffer.from(`\uFEFF${toCsv([], columns)}`, "utf8"))).toBe(true);
  });
});
