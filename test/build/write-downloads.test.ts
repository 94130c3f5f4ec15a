import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeDownloads } from "../../scripts/site/write-downloads.ts";
import { loadExtraction, loadThemes } from "../../src/lib/load-extraction.ts";
import { parse } from "csv-parse/sync";
import { AUTHORITY_FINDING_COLUMNS, FINDING_COLUMNS, THEME_FINDING_COLUMNS } from "../../src/lib/open-data/finding-columns.ts";
import { findingRows } from "../../src/lib/open-data/finding-rows.ts";
import { groupedRows } from "../../src/lib/open-data/grouped-rows.ts";
import type { DownloadManifest } from "../../src/lib/open-data/download-manifest.ts";
import { toCsv } from "../../src/lib/open-data/to-csv.ts";
import { loadSiteLookup } from "../../src/lib/search/load-site-lookup.ts";

// The site fixture: 3 documents, 27 findings about Kent, Croydon and Medway.
process.env["EXTRACTION_FILE"] = "test/fixtures/site/extraction.json";
process.env["AUTHORITIES_FILE"] = "test/fixtures/site/authorities.json";

describe("writeDownloads (streamed, a document at a time)", () => {
  let out = "";
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "downloads-"));
    await writeDownloads(out, undefined);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const read = (path: string) => readFileSync(join(out, "data", path), "utf8");

  test("findings.jsonl.gz and findings.csv.gz hold every finding, as the in-memory formatters write them", () => {
    const rows = findingRows(loadExtraction(), loadSiteLookup());
    expect(rows.length).toBe(loadExtraction().documents.reduce((n, d) => n + d.findings.length, 0));
    const lines = gunzipSync(readFileSync(join(out, "data/findings.jsonl.gz"))).toString("utf8");
    expect(lines).toBe(rows.map((row) => `${JSON.stringify(row)}\n`).join(""));
    expect(gunzipSync(readFileSync(join(out, "data/findings.csv.gz"))).toString("utf8")).toBe(`\uFEFF${toCsv(rows, FINDING_COLUMNS)}`);
  });

  test("the manifest and SHA256SUMS give each compressed file's true size, rows and checksum", () => {
    const manifest = JSON.parse(read("manifest.json")) as DownloadManifest;
    expect(manifest.downloads.map((d) => d.name)).toEqual(["findings.csv.gz", "findings.jsonl.gz", "findings.sqlite.gz"]);
    const findings = loadExtraction().documents.reduce((n, d) => n + d.findings.length, 0);
    for (const download of manifest.downloads) {
      for (const file of download.files) {
        const bytes = readFileSync(join(out, "data", file.file));
        expect(file.bytes).toBe(bytes.length);
        expect(file.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
        expect(read("SHA256SUMS")).toContain(`${file.sha256}  ${file.file}\n`);
      }
      expect(download.rows).toBe(findings);
    }
  });

  test("the same extraction gives the same bytes in every file, the database too", async () => {
    const again = mkdtempSync(join(tmpdir(), "downloads-again-"));
    try {
      await writeDownloads(again, undefined);
      const files = (root: string) => readdirSync(join(root, "data"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(root.length)).sort();
      expect(files(again)).toEqual(files(out));
      for (const file of files(out)) expect(readFileSync(join(again, file)).equals(readFileSync(join(out, file))), file).toBe(true);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  test("each authority's file holds exactly its findings, with their words, as CSV", () => {
    const grouped = groupedRows();
    const slugs = new Map([...loadSiteLookup().authorities.values()].map((a) => [a.slug, a.code]));
    const files = readdirSync(join(out, "data/authorities")).sort();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file).toMatch(/\.csv$/);
      const code = slugs.get(file.replace(/\.csv$/, ""));
      expect(code, file).toBeDefined();
      const rows = grouped.findingsByAuthority.get(code!) ?? [];
      expect(rows.length).toBeGreaterThan(0);
      expect(read(`authorities/${file}`)).toBe(`\uFEFF${toCsv(rows, AUTHORITY_FINDING_COLUMNS)}`);
      const parsed = parse(read(`authorities/${file}`), { bom: true, columns: true }) as Record<string, string>[];
      expect(parsed.map((r) => r["text"])).toEqual(rows.map((r) => r.text));
    }
  });

  test("each theme's file holds exactly the findings tagged with it, without their words, only a header where none is", () => {
    const grouped = groupedRows();
    for (const theme of loadThemes()) {
      const text = read(`themes/${theme.id}.csv`);
      const rows = grouped.findingsByTheme.get(theme.id) ?? [];
      expect(text).toBe(`\uFEFF${toCsv(rows, THEME_FINDING_COLUMNS)}`);
      const parsed = parse(text, { bom: true, columns: true }) as Record<string, string>[];
      expect(parsed.map((r) => Object.keys(r))).toEqual(rows.map(() => ["id", "document", "authorities", "polarity", "page"]));
      expect(parsed.map((r) => r["id"])).toEqual(rows.map((r) => r.id));
    }
    const words = loadExtraction().documents.flatMap((d) => d.findings).filter((f) => f.themes.length > 0)[0]!.text;
    expect(loadThemes().some((t) => read(`themes/${t.id}.csv`).includes(words))).toBe(false);
  });
});
