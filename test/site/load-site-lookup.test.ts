import { expect, test } from "vitest";
import { compareMatrix } from "../../src/lib/compare/compare-matrix.ts";
import { loadExtraction } from "../../src/lib/load-extraction.ts";
import { loadSiteLookup } from "../../src/lib/search/load-site-lookup.ts";

process.env["EXTRACTION_FILE"] = "test/fixtures/site/extraction.json";
process.env["AUTHORITIES_FILE"] = "test/fixtures/site/authorities.json";

test("the site lookup is made once, so what pages cache by it (the comparison matrix) is computed once", () => {
  const lookup = loadSiteLookup();
  expect(loadSiteLookup()).toBe(lookup);
  expect(lookup.authorities.size).toBeGreaterThan(0);
  expect(compareMatrix(loadExtraction(), loadSiteLookup())).toBe(compareMatrix(loadExtraction(), loadSiteLookup()));
});
