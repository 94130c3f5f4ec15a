/** The extractor version changes when, and only when, a file it covers changes. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { extractorVersion } from "../../scripts/extract/extractor-version.ts";

test("the extractor version follows the covered files' content and ignores the rest", () => {
  const root = mkdtempSync(join(tmpdir(), "extractor-version-"));
  try {
    mkdirSync(join(root, "rules"));
    writeFileSync(join(root, "rules", "a.ts"), "export const a = 1;\n");
    writeFileSync(join(root, "other.ts"), "x");
    const inputs = ["rules", "missing.json"];
    const before = extractorVersion(root, inputs);
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    writeFileSync(join(root, "other.ts"), "y");
    expect(extractorVersion(root, inputs)).toBe(before);
    writeFileSync(join(root, "rules", "a.ts"), "export const a = 2;\n");
    expect(extractorVersion(root, inputs)).not.toBe(before);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
