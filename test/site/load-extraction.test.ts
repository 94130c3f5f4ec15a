import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { readThemes, validateExtraction } from "../../src/lib/load-extraction.ts";
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
