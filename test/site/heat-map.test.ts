import { describe, expect, test } from "vitest";
import { compareMatrix } from "../../src/lib/compare/compare-matrix.ts";
import { authorityHeatMap, cellWords, regionHeatMap, shortLabel } from "../../src/lib/compare/heat-map.ts";
import { percent, shareBin, strengthShare } from "../../src/lib/compare/share-scale.ts";
import { siteLookup } from "../../src/lib/search/site-lookup.ts";
import type { Extraction } from "../../src/schemas/extraction.ts";
import { makeDocument, makeFinding } from "../eval/make-extraction.ts";

const KENT = "E10000016";
const MEDWAY = "E06000035";
const CROYDON = "E09000008";
const lookup = siteLookup(
  [
    { code: KENT, name: "Kent", slug: "kent", region: "South East" },
    { code: MEDWAY, name: "Medway", slug: "medway", region: "South East" },
    { code: CROYDON, name: "Croydon", slug: "croydon", region: "London" },
  ],
  [
    { id: "mash", label: "MASH and integrated front door" },
    { id: "health", label: "Health partners" },
  ],
);

let n = 0;
const finding = (polarity: "strength" | "improvement" | "recommendation", themes: string[], authorities: string[]) =>
  makeFinding({ id: `f-${String(++n).padStart(12, "0")}`, text: `Finding ${n}.`, polarity, themes, authorities });

const extraction: Extraction = {
  documents: [
    makeDocument({
      source: "/a.txt",
      id: "a",
      findings: [
        finding("strength", ["mash"], [KENT]),
        finding("strength", ["mash"], [KENT]),
        finding("strength", ["mash"], [KENT]),
        finding("improvement", ["mash", "health"], [KENT]),
        finding("recommendation", ["health"], [KENT]),
        finding("improvement", ["mash"], [MEDWAY]),
        finding("strength", ["health"], [CROYDON]),
      ],
    }),
  ],
  errors: [],
};

describe("share scale", () => {
  test("bins shares in fifths, the bounds going up", () => {
    expect(shareBin(0).className).toBe("h0");
    expect(shareBin(0.19).className).toBe("h0");
    expect(shareBin(0.2).className).toBe("h1");
    expect(shareBin(0.6).className).toBe("h3");
    expect(shareBin(1).className).toBe("h4");
    expect(strengthShare(0, 0)).toBeNull();
    expect(percent(strengthShare(3, 1)!)).toBe("75%");
  });
});

describe("heat map", () => {
  const matrix = compareMatrix(extraction, lookup);

  test("gives each authority's share of strengths on each theme, with its counts and link", () => {
    const map = authorityHeatMap(matrix);
    expect(map.rows.map((r) => r.name)).toEqual(["Croydon", "Kent", "Medway"]);
    const kent = map.rows.find((r) => r.name === "Kent")!;
    const mash = map.themes.findIndex((t) => t.id === "mash");
    expect(kent.cells[mash]).toMatchObject({ strengths: 3, improvements: 1, share: 0.75, className: "h3" });
    expect(kent.cells[mash]!.href).toBe("/search/?authority=kent&theme=mash");
    expect(cellWords(kent.cells[mash]!)).toBe(" findings, 75% strengths");
    // Recommendations are not judged findings: Kent's health cell holds only the area to improve.
    const health = map.themes.findIndex((t) => t.id === "health");
    expect(kent.cells[health]).toMatchObject({ strengths: 0, improvements: 1, className: "h0" });
    expect(map.rows.find((r) => r.name === "Croydon")!.cells[mash]).toBeNull();
    expect(kent.total).toEqual({ strengths: 3, improvements: 2 });
  });

  test("keeps a preset group's rows in the order given and drops themes none of them has", () => {
    const map = authorityHeatMap(matrix, [MEDWAY, KENT]);
    expect(map.rows.map((r) => r.name)).toEqual(["Medway", "Kent"]);
    expect(authorityHeatMap(matrix, [CROYDON]).themes.map((t) => t.id)).toEqual(["health"]);
  });

  test("sums regions and ends with England's totals", () => {
    const map = regionHeatMap(matrix);
    expect(map.rows.map((r) => r.name)).toEqual(["London", "South East", "England"]);
    const mash = map.themes.findIndex((t) => t.id === "mash");
    expect(map.rows[1]!.cells[mash]).toMatchObject({ strengths: 3, improvements: 2, href: "/search/?region=south-east&theme=mash" });
    expect(map.rows[2]!.total).toEqual({ strengths: 4, improvements: 3 });
  });

  test("shortens long theme labels for column heads", () => {
    expect(shortLabel("Allegations against adults (LADO) and private fostering")).toBe("Allegations against adults");
    expect(shortLabel("Children in care: placements and stability")).toBe("Children in care");
    expect(shortLabel("Plans, conferences and reviews and more words")).toBe("Plans, conferences and…");
  });
});
