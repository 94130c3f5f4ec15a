import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { authoritiesFromLookup } from "../../scripts/authorities/authorities-from-lookup.ts";
import { checkAuthorities } from "../../scripts/authorities/check-authorities.ts";
import { AUTHORITIES_PATH } from "../../scripts/authorities/load-authorities.ts";
import { parseLaLookup } from "../../scripts/authorities/read-la-lookup.ts";

const LOOKUP = "/work/shared/reference/la_lookup.csv";
const hasLookup = existsSync(LOOKUP);

describe.skipIf(!hasLookup)(`building authorities from ${LOOKUP} (skipped: shared reference data absent)`, () => {
  const { authorities, retired } = hasLookup ? authoritiesFromLookup(parseLaLookup(readFileSync(LOOKUP, "utf8"))) : { authorities: [], retired: [] };

  test("reproduces the committed authorities.json byte for byte", () => {
    expect(`${JSON.stringify(authorities, null, 2)}\n`).toBe(readFileSync(AUTHORITIES_PATH, "utf8"));
  });

  test("leaves out only the abolished Cumbria, Northamptonshire and Poole", () => {
    expect(retired.map((row) => row.onsName).sort()).toEqual(["Cumbria", "Northamptonshire", "Poole"]);
  });

  test("finds no clashing codes, slugs, aliases or neighbours", () => {
    expect(checkAuthorities(authorities)).toEqual([]);
  });

  test("drops a population figure the lookup copied from Cumbria to both its successors", () => {
    const successors = authorities.filter((authority) => ["Cumberland", "Westmorland and Furness"].includes(authority.name));
    expect(successors.map((authority) => authority.population)).toEqual([null, null]);
  });
});

describe("checking an authority list", () => {
  test("reports an alias two authorities share", () => {
    const base = { dfeCode: "", region: "", type: "", statisticalNeighbours: [], population: null, website: null };
    const problems = checkAuthorities([
      { ...base, code: "E06000001", name: "Hartlepool", slug: "hartlepool", dfeCode: "805", aliases: ["Hartlepool", "Tees"] },
      { ...base, code: "E06000004", name: "Stockton-on-Tees", slug: "stockton-on-tees", dfeCode: "808", aliases: ["Stockton-on-Tees", "tees"] },
    ]);
    expect(problems.some((problem) => problem.includes('alias "tees"'))).toBe(true);
  });
});
