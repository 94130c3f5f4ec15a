import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { writeAtomically } from "../../scripts/fetch/write-atomically.ts";

const dir = mkdtempSync(join(tmpdir(), "atomic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeAtomically", () => {
  test("writes the whole file under its name, making its folders, and leaves no temporary file", () => {
    writeAtomically(join(dir, "kent/a.pdf"), new Uint8Array([37, 80, 68, 70]));
    expect(readFileSync(join(dir, "kent/a.pdf"), "latin1")).toBe("%PDF");
    expect(readdirSync(join(dir, "kent"))).toEqual(["a.pdf"]);
  });

  test("replaces an existing file whole", () => {
    writeFileSync(join(dir, "manifest.csv"), "old");
    writeAtomically(join(dir, "manifest.csv"), "new,content\n");
    expect(readFileSync(join(dir, "manifest.csv"), "utf8")).toBe("new,content\n");
  });

  test("a write that fails leaves the old file as it was and no temporary file", () => {
    writeFileSync(join(dir, "kept.csv"), "old");
    // A folder where the temporary file should go makes the write fail.
    writeAtomically(join(dir, "kept.csv.part", "x"), "");
    expect(() => writeAtomically(join(dir, "kept.csv"), "new")).toThrow();
    expect(readFileSync(join(dir, "kept.csv"), "utf8")).toBe("old");
    expect(existsSync(join(dir, "kept.csv.part", "x"))).toBe(true);
  });
});
