import { describe, expect, test } from "vitest";
import { facetOptions } from "../../src/lib/search/facet-options.ts";
import { findingRecords } from "../../src/lib/search/finding-record.ts";
import { siteLookup } from "../../src/lib/search/site-lookup.ts";
import { authorities, extraction } from "../site/fixture.ts";

const lookup = siteLookup(authorities, [{ id: "mash", label: "MASH and integrated front door" }]);
const records = findingRecords(extraction, lookup);

describe("search records", () => {
  test("makes one record per finding, addressed by its permalink", () => {
    const total = extraction.documents.reduce((n, d) => n + d.findings.length, 0);
    expect(records).toHaveLength(total);
    expect(new Set(records.map((r) => r.url)).size).toBe(total);
    for (const r of records) expect(r.url).toMatch(/^\/reports\/[a-z0-9-]+\/#f-[0-9a-f]{12}$/);
  });

  test("carries the finding's text, its labels in words, and every filter", () => {
    const doc = extraction.documents.find((d) => d.findings.some((f) => f.polarity === "strength" && f.themes.includes("mash")));
    const finding = doc?.findings.find((f) => f.polarity === "strength" && f.themes.includes("mash"));
    const record = records.find((r) => r.meta["finding"] === finding?.id);
    expect(record?.content).toBe(finding?.text);
    expect(record?.meta).toMatchObject({ title: doc?.title, polarity: "Strength", polarityId: "strength", date: doc?.published });
    expect(record?.meta["themes"]).toContain("MASH and integrated front door");
    expect(record?.filters).toMatchObject({ polarity: ["strength"], kind: [doc?.kind], year: [doc?.published?.slice(0, 4)] });
    expect(record?.filters["theme"]).toContain("mash");
    expect(record?.sort).toEqual({ date: doc?.published });
  });

  test("gives authorities by slug and region, and leaves out empty filters", () => {
    const kent = records.find((r) => r.filters["authority"]?.includes("kent"));
    expect(kent?.filters["region"]).toEqual(["south-east"]);
    for (const r of records) for (const values of Object.values(r.filters)) expect(values.length).toBeGreaterThan(0);
  });

  test("lists the same filter values on the search page as the records hold", () => {
    const facets = facetOptions(extraction, lookup);
    for (const facet of facets) {
      const inRecords = new Set(records.flatMap((r) => r.filters[facet.key] ?? []));
      expect(new Set(facet.options.map((o) => o.value)), facet.key).toEqual(inRecords);
      const total = facet.options.reduce((n, o) => n + o.count, 0);
      expect(total, facet.key).toBe(records.reduce((n, r) => n + (r.filters[facet.key]?.length ?? 0), 0));
    }
    expect(facets.find((f) => f.key === "polarity")?.options.map((o) => o.label)[0]).toBe("Strength");
  });
});
