import { describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readExtractionFile, readThemes, validateExtraction } from "../../src/lib/load-extraction.ts";
import { ExtractionSchema } from "../../src/schemas/index.ts";
import { themesDir } from "./fixture.ts";

describe("readThemes", () => {
  test("reads and validates every theme's front matter, sorted by label", () => {
    const themes = readThemes(themesDir);
    expect(themes.length).toBe(8);
    const labels = themes.map((t) => t.label);
    expect(labels).toEqual([...labels].sort());
    expect(themes.find((t) => t.id === "mash")?.triggers).toContain("multi-agency safeguarding hub");
  });
});

describe("validateExtraction", () => {
  const raw = () => JSON.parse(readFileSync("test/fixtures/site/extraction.json", "utf8")) as { documents: Record<string, unknown>[] };

  test("gives what ExtractionSchema.parse gives", () => {
    expect(validateExtraction(raw())).toEqual(ExtractionSchema.parse(raw()));
  });

  test("names the document that does not validate", () => {
    const json = raw();
    const id = json.documents[1]!["id"];
    json.documents[1]!["findings"] = "not a list";
    expect(() => validateExtraction(json)).toThrow(new RegExp(`^document 1 \\(${String(id)}\\)`));
    expect(() => validateExtraction({ documents: [] })).toThrow();
  });
});

describe("readExtractionFile", () => {
  const path = "test/fixtures/site/extraction.json";

  test("reads a file too large for one string a document at a time, with the same result", () => {
    const whole = readExtractionFile(path);
    const streamed = readExtractionFile(path, 0);
    expect(streamed).toEqual(whole);
    expect(streamed.documents.length).toBeGreaterThan(0);
  });

  test("keeps the errors when streaming", () => {
    const dir = mkdtempSync(join(tmpdir(), "extraction-"));
    try {
      const file = join(dir, "extraction.json");
      const json = JSON.parse(readFileSync(path, "utf8")) as { errors: unknown[] };
      json.errors = [{ source: "/corpus/broken.pdf", message: "not a PDF" }];
      writeFileSync(file, JSON.stringify(json, null, 1));
      expect(readExtractionFile(file, 0).errors).toEqual([{ source: "/corpus/broken.pdf", message: "not a PDF" }]);
      expect(readExtractionFile(file, 0)).toEqual(readExtractionFile(file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
