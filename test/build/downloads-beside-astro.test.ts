import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { downloadsBesideAstro, moveDownloads } from "../../scripts/site/downloads-beside-astro.ts";

const dir = mkdtempSync(join(tmpdir(), "beside-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the downloads beside Astro", () => {
  test("run beside it for an extraction the size of the real corpus's, not at ten times it, nor without one", () => {
    const file = join(dir, "extraction.json");
    writeFileSync(file, "");
    truncateSync(file, 150e6); // sparse: only the size is read
    expect(downloadsBesideAstro({ EXTRACTION_FILE: file })).toBe(true);
    truncateSync(file, 1500e6);
    expect(downloadsBesideAstro({ EXTRACTION_FILE: file })).toBe(false);
    expect(downloadsBesideAstro({ EXTRACTION_FILE: join(dir, "missing.json") })).toBe(false);
    // A larger heap asked for leaves less room.
    truncateSync(file, 150e6);
    expect(downloadsBesideAstro({ EXTRACTION_FILE: file, ASTRO_HEAP_MB: "1800" })).toBe(false);
  });

  test("are moved into the site's data folder beside Astro's own files, replacing stale ones, and the folder aside goes", () => {
    const staging = join(dir, "dist.downloads");
    const out = join(dir, "dist");
    mkdirSync(join(staging, "data", "authorities"), { recursive: true });
    writeFileSync(join(staging, "data", "findings.json"), "[]\n");
    writeFileSync(join(staging, "data", "authorities", "kent.json"), "{}\n");
    mkdirSync(join(out, "data", "authorities"), { recursive: true });
    writeFileSync(join(out, "data", "documents.json"), "astro's");
    writeFileSync(join(out, "data", "authorities", "stale.json"), "old");
    moveDownloads(staging, out);
    expect(readFileSync(join(out, "data", "findings.json"), "utf8")).toBe("[]\n");
    expect(readFileSync(join(out, "data", "authorities", "kent.json"), "utf8")).toBe("{}\n");
    expect(existsSync(join(out, "data", "authorities", "stale.json"))).toBe(false);
    expect(readFileSync(join(out, "data", "documents.json"), "utf8")).toBe("astro's");
    expect(existsSync(staging)).toBe(false);
  });
});
