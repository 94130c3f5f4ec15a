import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterEach, describe, expect, test } from "vitest";
import { GroupedCsvFile } from "../../scripts/open-data/grouped-csv-file.ts";
import { csvHeader, csvRecords } from "../../src/lib/open-data/to-csv.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const columns = [
  { header: "id", value: (r: { id: string; text: string }) => r.id },
  { header: "text", value: (r: { id: string; text: string }) => r.text },
];
const head = `\uFEFF${csvHeader(columns)}`;

describe("GroupedCsvFile", () => {
  test("writes the header and every row, only the header when no row came", () => {
    dir = mkdtempSync(join(tmpdir(), "grouped-"));
    const full = new GroupedCsvFile(join(dir, "kent.csv"), head);
    const rows = [{ id: "f-1", text: "Plans are clear, and \"timely\"." }, { id: "f-2", text: "Line\nbreak" }];
    for (const row of rows) full.row(csvRecords([row], columns));
    full.close();
    const empty = new GroupedCsvFile(join(dir, "none.csv"), head);
    empty.close();
    expect(parse(readFileSync(join(dir, "kent.csv"), "utf8"), { bom: true, columns: true })).toEqual(rows);
    expect(readFileSync(join(dir, "none.csv"), "utf8")).toBe("\uFEFFid,text\r\n");
    expect(full.parts).toBe(1);
  });

  test("past the limit it goes on in numbered files, each with the header and under the limit", () => {
    dir = mkdtempSync(join(tmpdir(), "grouped-"));
    const file = new GroupedCsvFile(join(dir, "neglect.csv"), head, 300);
    const rows = Array.from({ length: 40 }, (_, i) => ({ id: `f-${String(i).padStart(12, "0")}`, text: "Neglect is recognised." }));
    for (const row of rows) file.row(csvRecords([row], columns));
    file.close();
    const files = readdirSync(dir).sort();
    expect(files.length).toBe(file.parts);
    expect(file.parts).toBeGreaterThan(2);
    expect(files[0]).toBe("neglect-part02.csv");
    expect(files.at(-1)).toBe("neglect.csv");
    const parsed = ["neglect.csv", ...files.slice(0, -1)].flatMap((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(300);
      expect(text.startsWith(head)).toBe(true);
      return parse(text, { bom: true, columns: true }) as unknown[];
    });
    expect(parsed).toEqual(rows);
    expect(file.bytes).toBe(files.reduce((n, name) => n + readFileSync(join(dir, name)).length, 0));
  });
});
