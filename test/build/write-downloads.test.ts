import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeDownloads } from "../../scripts/site/write-downloads.ts";
import { loadExtraction, loadThemes } from "../../src/lib/load-extraction.ts";
import { FINDING_COLUMNS } from "../../src/lib/open-data/finding-columns.ts";
import { findingRows } from "../../src/lib/open-data/finding-rows.ts";
import { groupedRows } from "../../src/lib/open-data/grouped-rows.ts";
import { formatDownloadJson } from "../../src/lib/open-data/responses.ts";
import { toCsv } from "../../src/lib/open-data/to-csv.ts";
import { loadSiteLookup } from "../../src/lib/search/load-site-lookup.ts";

// The site fixture: 3 documents, 27 findings about Kent, Croydon and Medway.
process.env["EXTRACTION_FILE"] = "test/fixtures/site/extraction.json";
process.env["AUTHORITIES_FILE"] = "test/fixtures/site/authorities.json";

describe("writeDownloads (streamed, a document at a time)", () => {
  let out = "";
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "downloads-"));
    writeDownloads(out, undefined);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const read = (path: string) => readFileSync(join(out, "data", path), "utf8");

  test("findings.json and findings.csv hold every finding, as the in-memory formatters write them", () => {
    const rows = findingRows(loadExtraction(), loadSiteLookup());
    expect(rows.length).toBe(loadExtraction().documents.reduce((n, d) => n + d.findings.length, 0));
    expect(read("findings.json")).toBe(`${formatDownloadJson(rows)}\n`);
    expect(JSON.parse(read("findings.json"))).toEqual(rows);
    expect(read("findings.csv")).toBe(`\uFEFF${toCsv(rows, FINDING_COLUMNS)}`);
  });

  test("each authority's file holds its documents and exactly its findings", () => {
    const grouped = groupedRows();
    const files = readdirSync(join(out, "data/authorities")).sort();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const json = JSON.parse(read(`authorities/${file}`));
      expect(`${json.authority.slug}.json`).toBe(file);
      expect(json.findings).toEqual(grouped.findingsByAuthority.get(json.authority.code) ?? []);
      expect(json.documents).toEqual(grouped.documentsByAuthority.get(json.authority.code) ?? []);
      expect(read(`authorities/${file}`)).toBe(`${formatDownloadJson(json)}\n`);
    }
  });

  test("each theme's file holds exactly the findings tagged with it, an empty list where none is", () => {
    const grouped = groupedRows();
    for (const theme of loadThemes()) {
      const json = JSON.parse(read(`themes/${theme.id}.json`));
      expect(json.theme.id).toBe(theme.id);
      expect(json.findings).toEqual(grouped.findingsByTheme.get(theme.id) ?? []);
      expect(read(`themes/${theme.id}.json`)).toBe(`${formatDownloadJson(json)}\n`);
    }
  });
});
