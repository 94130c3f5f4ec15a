import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { GroupedJsonFile } from "../../scripts/open-data/grouped-json-file.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("GroupedJsonFile", () => {
  test("writes one JSON object whose array holds every row, an empty array when none came", () => {
    dir = mkdtempSync(join(tmpdir(), "grouped-"));
    const full = new GroupedJsonFile(join(dir, "kent.json"), '{\n"authority": "Kent",\n"findings": [', "\n}\n");
    for (let i = 0; i < 3; i++) full.row(JSON.stringify({ id: i }));
    full.close();
    const empty = new GroupedJsonFile(join(dir, "none.json"), '{\n"findings": [', "\n}\n");
    empty.close();
    expect(JSON.parse(readFileSync(join(dir, "kent.json"), "utf8"))).toEqual({ authority: "Kent", findings: [{ id: 0 }, { id: 1 }, { id: 2 }] });
    expect(readFileSync(join(dir, "none.json"), "utf8")).toBe('{\n"findings": []\n}\n');
    expect(full.parts).toBe(1);
  });

  test("past the limit it goes on in numbered files with the same head, each valid JSON under the limit", () => {
    dir = mkdtempSync(join(tmpdir(), "grouped-"));
    const file = new GroupedJsonFile(join(dir, "neglect.json"), '{\n"theme": "neglect",\n"findings": [', "\n}\n", 500);
    const rows = Array.from({ length: 40 }, (_, i) => ({ id: `f-${String(i).padStart(12, "0")}`, text: "Neglect is recognised." }));
    for (const row of rows) file.row(JSON.stringify(row));
    file.close();
    const files = readdirSync(dir).sort();
    expect(files.length).toBe(file.parts);
    expect(files[0]).toBe("neglect-part02.json");
    expect(files.at(-1)).toBe("neglect.json");
    const parsed = ["neglect.json", ...files.slice(0, -1)].map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(500);
      return JSON.parse(text) as { theme: string; findings: unknown[] };
    });
    expect(parsed.every((p) => p.theme === "neglect")).toBe(true);
    expect(parsed.flatMap((p) => p.findings)).toEqual(rows);
    expect(file.bytes).toBe(files.reduce((n, name) => n + readFileSync(join(dir, name)).length, 0));
  });
});
