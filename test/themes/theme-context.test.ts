import { describe, expect, test } from "vitest";
import { loadThemes } from "../../scripts/themes/load-themes.ts";
import { createThemeTagger } from "../../scripts/themes/tag-themes.ts";
import { themeContexts } from "../../scripts/themes/theme-context.ts";

const tag = createThemeTagger(loadThemes());
const ids = (tags: readonly { theme: string }[]): string[] => [...new Set(tags.map((t) => t.theme))].sort();

describe("themeContexts", () => {
  const candidates = [
    { text: "Care leavers have a personal adviser who knows them well.", section: "Care leavers", blockIndex: 1 },
    { text: "Most of them say they feel listened to.", section: "Care leavers", blockIndex: 1 },
    { text: "Leaders know their services well.", section: "Leadership", blockIndex: 2 },
  ];
  const contexts = themeContexts(candidates, tag);

  test("finds a theme named in the sentence before, in the same paragraph", () => {
    expect(ids(contexts[1]!.own)).not.toContain("care-leavers");
    expect(ids(contexts[1]!.previous)).toContain("care-leavers");
    expect(ids(contexts[0]!.next)).toEqual(ids(contexts[1]!.own));
  });

  test("finds the themes of the heading a sentence stands under", () => {
    expect(ids(contexts[1]!.heading)).toContain("care-leavers");
  });

  test("does not carry themes across paragraphs", () => {
    expect(contexts[2]!.previous).toEqual([]);
    expect(contexts[1]!.next).toEqual([]);
  });
});
