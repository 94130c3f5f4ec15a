import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { DEFAULT_THEMES_DIR, loadTaxonomy, loadThemes } from "../../scripts/themes/load-themes.ts";
import { readFrontMatter } from "../../scripts/themes/read-front-matter.ts";
import { lastWordForms, singleWordForms } from "../../scripts/themes/inflect-trigger-word.ts";
import { triggerWords } from "../../scripts/themes/tokenise-for-matching.ts";

// a matches everything b matches: same words, b's last word one of a's forms.
function matchesAllOf(a: string, b: string): boolean {
  const wa = triggerWords(a);
  const wb = triggerWords(b);
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => (i < wa.length - 1 ? w === wb[i] : (wa.length === 1 ? singleWordForms(w) : lastWordForms(w)).has(wb[i] ?? "")));
}

const fixtures = fileURLToPath(new URL("../fixtures/themes/", import.meta.url));
const SHARED_THEMES = fileURLToPath(new URL("../../../shared/docs/themes.json", import.meta.url));
const themes = loadThemes();

describe("loadThemes", () => {
  test("loads the 33 themes of content/themes, sorted by id", () => {
    expect(themes).toHaveLength(33);
    const ids = themes.map((t) => t.id);
    expect(ids).toEqual([...ids].sort());
  });

  test("fills defaults and skips files starting with an underscore", () => {
    const [theme, ...rest] = loadThemes(fixtures + "valid");
    expect(rest).toHaveLength(0);
    expect(theme).toMatchObject({ id: "front-door", ambiguous: ["contact"], cues: ["referral"], framework: [] });
  });

  test("names the file and the field when a theme is invalid", () => {
    expect(() => loadThemes(fixtures + "invalid")).toThrow(/no-label\.mdx[\s\S]*label/);
  });

  test("gives every ambiguous trigger a way to count: a cue or a plain trigger of its theme", () => {
    for (const theme of themes) {
      if (theme.ambiguous.length === 0) continue;
      const plain = theme.triggers.filter((t) => !theme.ambiguous.includes(t));
      expect(theme.cues.length + plain.length, theme.id).toBeGreaterThan(0);
      expect(theme.disambiguation, theme.id).toBeTruthy();
    }
  });

  test("never lists an ambiguous trigger as its own theme's cue, which would let it confirm itself", () => {
    for (const theme of themes) {
      const ambiguous = new Set(theme.ambiguous.map((t) => triggerWords(t).join(" ")));
      const selfCues = theme.cues.filter((c) => ambiguous.has(triggerWords(c).join(" ")));
      expect(selfCues, theme.id).toEqual([]);
    }
  });

  test("lists no trigger that another trigger of the same kind already matches (plurals and hyphens fold)", () => {
    for (const theme of themes) {
      const role = (t: string): boolean => theme.ambiguous.includes(t);
      const redundant = theme.triggers.flatMap((b, i) =>
        theme.triggers.filter((a, j) => j !== i && role(a) === role(b) && matchesAllOf(a, b)).map((a) => `${a} > ${b}`),
      );
      expect(redundant, theme.id).toEqual([]);
    }
  });

  test("gives every theme a plain Markdown intro of 80 to 150 words", () => {
    for (const theme of themes) {
      const { body } = readFrontMatter(readFileSync(`${DEFAULT_THEMES_DIR}${theme.id}.mdx`, "utf8"));
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words, theme.id).toBeGreaterThanOrEqual(80);
      expect(words, theme.id).toBeLessThanOrEqual(150);
      expect(body, theme.id).not.toMatch(/^\s*(import|export)\s|<[A-Za-z]/m);
    }
  });
});

describe.skipIf(!existsSync(SHARED_THEMES))("content/themes against shared/docs/themes.json (skipped when shared/ is absent)", () => {
  test("holds exactly the themes of the shared taxonomy, with the same labels", () => {
    const shared = JSON.parse(readFileSync(SHARED_THEMES, "utf8")) as { themes: { id: string; label: string }[] };
    expect(themes.map((t) => [t.id, t.label])).toEqual(
      shared.themes.map((t) => [t.id, t.label]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
  });
});

describe("loadTaxonomy", () => {
  test("reads the section headings and the grade scale", () => {
    const taxonomy = loadTaxonomy();
    expect(taxonomy.grades.scale).toEqual(["outstanding", "good", "requires improvement to be good", "inadequate"]);
    expect(taxonomy.sectionHeadings["improvement"]).toContain("what needs to improve");
    expect(taxonomy.sectionHeadings["findings"]).toContain("main findings");
  });
});
