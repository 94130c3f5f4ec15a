import { describe, expect, test } from "vitest";
import { cellOf, compareMatrix, improvementsText, matrixRegions, strengthsText } from "../../src/lib/compare/compare-matrix.ts";
import { siteLookup } from "../../src/lib/search/site-lookup.ts";
import type { Extraction } from "../../src/schemas/extraction.ts";
import { makeDocument, makeFinding } from "../eval/make-extraction.ts";

const KENT = "E10000016";
const CROYDON = "E09000008";
const lookup = siteLookup(
  [
    { code: KENT, name: "Kent", slug: "kent", region: "South East" },
    { code: CROYDON, name: "Croydon", slug: "croydon", region: "London" },
  ],
  [
    { id: "mash", label: "MASH and integrated front door" },
    { id: "health", label: "Health partners" },
  ],
);

let n = 0;
const finding = (polarity: "strength" | "improvement" | "recommendation" | "context", themes: string[], authorities: string[]) =>
  makeFinding({ id: `f-${String(++n).padStart(12, "0")}`, text: `Finding ${n}.`, polarity, themes, authorities });

const extraction: Extraction = {
  documents: [
    makeDocument({
      source: "/kent.txt",
      id: "kent-letter",
      findings: [
        finding("strength", ["mash"], [KENT]),
        finding("strength", ["mash", "health"], [KENT]),
        finding("improvement", ["health"], [KENT]),
        finding("recommendation", ["health"], [KENT]),
        finding("context", ["mash"], [KENT]),
        finding("strength", [], [KENT]),
      ],
    }),
    makeDocument({
      source: "/commentary.txt",
      id: "commentary",
      findings: [
        finding("strength", ["mash"], [CROYDON, KENT]),
        finding("improvement", ["mash"], []),
      ],
    }),
  ],
  errors: [],
};

describe("compareMatrix", () => {
  const matrix = compareMatrix(extraction, lookup);

  test.each([
    ["mash", KENT, 3, 0],
    ["health", KENT, 1, 1],
    ["mash", CROYDON, 1, 0],
    ["health", CROYDON, 0, 0],
  ])("counts %s for %s as %i strengths and %i to improve", (theme, code, strengths, improvements) => {
    expect(cellOf(matrix, theme, code)).toEqual({ strengths, improvements });
  });

  test("leaves out recommendations, context, national statements and findings without a theme", () => {
    const total = [...matrix.cells.values()].reduce((sum, c) => sum + c.strengths + c.improvements, 0);
    expect(total).toBe(3 + 2 + 1);
  });

  test("lists authorities by name and themes by label", () => {
    expect(matrix.authorities.map((a) => a.name)).toEqual(["Croydon", "Kent"]);
    expect(matrix.themes.map((t) => t.id)).toEqual(["health", "mash"]);
  });

  test("keeps only one region's authorities when asked", () => {
    const london = compareMatrix(extraction, lookup, "london");
    expect(london.authorities.map((a) => a.code)).toEqual([CROYDON]);
    expect(london.themes.map((t) => t.id)).toEqual(["mash"]);
    expect(matrixRegions(matrix)).toEqual([
      { slug: "london", name: "London" },
      { slug: "south-east", name: "South East" },
    ]);
  });

  test("words the counts for a table cell", () => {
    expect([strengthsText(1), strengthsText(3), improvementsText(1)]).toEqual(["1 strength", "3 strengths", "1 to improve"]);
  });
});
