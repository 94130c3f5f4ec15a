import { describe, expect, test } from "vitest";
import { buildCorpusIndex } from "../../src/lib/corpus-index.ts";
import { authorities, extraction } from "./fixture.ts";

const index = buildCorpusIndex(extraction, authorities);

describe("buildCorpusIndex", () => {
  test("lists documents newest first", () => {
    expect(index.documents.map((d) => d.published)).toEqual(["2024-02-27", "2023-06-12", "2019-03-01"]);
  });

  test("lists findings newest document first, then in reading order", () => {
    const kent = index.findings.filter((ref) => ref.document.published === "2024-02-27");
    expect(index.findings.slice(0, kent.length)).toEqual(kent);
    const starts = kent.map((ref) => ref.finding.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test("indexes findings by theme, with each finding once per theme", () => {
    const mash = index.findingsByTheme.get("mash") ?? [];
    expect(mash.length).toBe(5); // 3 in the Kent letter, 1 in the Croydon report, 1 in the news article
    expect(new Set(mash.map((r) => r.finding.id)).size).toBe(mash.length);
    expect(mash.every((r) => r.finding.themes.includes("mash"))).toBe(true);
  });

  test("indexes findings and documents by authority code", () => {
    expect(index.documentsByAuthority.get("E10000016")?.length).toBe(2);
    expect(index.documentsByAuthority.get("E06000035")).toBeUndefined();
    // The national statement in the news article has no authority, so Kent has one finding fewer than its documents hold.
    expect(index.findingsByAuthority.get("E10000016")?.length).toBe(14 + 3);
  });

  test("finds authorities by code and by slug", () => {
    expect(index.authoritiesByCode.get("E09000008")?.name).toBe("Croydon");
    expect(index.authoritiesBySlug.get("kent")?.code).toBe("E10000016");
  });
});
