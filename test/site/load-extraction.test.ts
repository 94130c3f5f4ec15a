import { describe, expect, test } from "vitest";
import { readThemes } from "../../src/lib/load-extraction.ts";
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
