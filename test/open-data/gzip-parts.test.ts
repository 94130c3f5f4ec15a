import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, test } from "vitest";
import { GzipParts, partName } from "../../scripts/open-data/gzip-parts.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(join(tmpdir(), "gzip-parts-")));

/** Rows of text that compress poorly, so small limits are reached: a counter hashed. */
const rows = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `${from + i},${createHash("sha256").update(String(from + i)).digest("hex")}\n`);

describe("GzipParts", () => {
  test("a download that fits is one gzip file holding the head and every row, with its size, rows and checksum", () => {
    const out = join(fresh(), "findings.csv.gz");
    const writer = new GzipParts(out, { head: "id,hash\n" });
    writer.write(rows(50).join(""), 50);
    const [part, ...others] = writer.close();
    expect(others).toEqual([]);
    const bytes = readFileSync(out);
    expect(part).toEqual({ file: "findings.csv.gz", bytes: bytes.length, rows: 50, sha256: createHash("sha256").update(bytes).digest("hex") });
    expect(gunzipSync(bytes).toString()).toBe(`id,hash\n${rows(50).join("")}`);
    expect(readdirSync(dir)).toEqual(["findings.csv.gz"]);
  });

  test("past the limit it is cut into numbered parts at row boundaries, each under the limit and starting with the head", () => {
    const out = join(fresh(), "findings.csv.gz");
    const writer = new GzipParts(out, { head: "id,hash\n", partLimit: 6_000, memberText: 2_000 });
    for (let i = 0; i < 400; i += 20) writer.write(rows(20, i).join(""), 20);
    const parts = writer.close();
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.map((p) => p.file)).toEqual(parts.map((_, i) => partName("findings.csv.gz", i + 1)));
    expect(readdirSync(dir).sort()).toEqual(parts.map((p) => p.file).sort());
    let all = "";
    for (const part of parts) {
      const bytes = readFileSync(join(dir, part.file));
      expect(bytes.length).toBe(part.bytes);
      expect(part.bytes).toBeLessThanOrEqual(6_000);
      const text = gunzipSync(bytes).toString();
      expect(text.startsWith("id,hash\n")).toBe(true);
      expect(text.split("\n").length - 2).toBe(part.rows);
      all += text.slice("id,hash\n".length);
    }
    expect(all).toBe(rows(400).join(""));
    expect(parts.reduce((n, p) => n + p.rows, 0)).toBe(400);
  });

  test("the same text gives the same bytes (no timestamp in the gzip header)", () => {
    const write = (name: string) => {
      const writer = new GzipParts(join(dir, name));
      writer.write(rows(100).join(""), 100);
      return writer.close()[0]!.sha256;
    };
    fresh();
    expect(write("a.jsonl.gz")).toBe(write("b.jsonl.gz"));
  });

  test("an empty download is still a file, holding only its head", () => {
    const out = join(fresh(), "empty.csv.gz");
    const [part] = new GzipParts(out, { head: "id\n" }).close();
    expect(part?.rows).toBe(0);
    expect(gunzipSync(readFileSync(out)).toString()).toBe("id\n");
  });

  test("parts are named so that a shell glob lists them in order", () => {
    expect(partName("findings.csv.gz", 2)).toBe("findings-part02.csv.gz");
    expect(partName("findings.sqlite.gz", 11)).toBe("findings-part11.sqlite.gz");
  });
});
