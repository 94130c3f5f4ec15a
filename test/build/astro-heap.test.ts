import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { astroHeapMB } from "../../scripts/site/run-astro-build.ts";

test("the Astro heap limit grows with the extraction (600 MB + 1.6 times its size), from a floor of 1,200 MB, unless ASTRO_HEAP_MB says", () => {
  const dir = mkdtempSync(join(tmpdir(), "heap-"));
  try {
    const small = join(dir, "small.json");
    writeFileSync(small, "{}");
    expect(astroHeapMB({ EXTRACTION_FILE: small })).toBe(1200);
    const large = join(dir, "large.json");
    writeFileSync(large, Buffer.alloc(300e6 / 1000)); // 0.3 MB → still the floor
    expect(astroHeapMB({ EXTRACTION_FILE: large })).toBe(1200);
    truncateSync(large, 500e6); // sparse: only the size is read
    expect(astroHeapMB({ EXTRACTION_FILE: large })).toBe(1400);
    expect(astroHeapMB({ EXTRACTION_FILE: join(dir, "missing.json") })).toBe(1200);
    expect(astroHeapMB({ EXTRACTION_FILE: large, ASTRO_HEAP_MB: "3000" })).toBe(3000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
