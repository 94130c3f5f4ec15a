import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { isFetchManifestHeader, MANIFEST_COLUMNS, readFetchManifest, writeFetchManifest } from "../../scripts/fetch/fetch-manifest.ts";
import type { ManifestRow } from "../../scripts/fetch/fetch-manifest.ts";

const dir = mkdtempSync(join(tmpdir(), "manifest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const row = (file: string, more: Partial<ManifestRow> = {}): ManifestRow => ({
  file,
  urn: "2532287",
  ons_code: "E06000058",
  authority: "Bournemouth, Christchurch and Poole",
  publication_type: "focused-visit",
  label: "Children's services focused visit",
  published: "2019-12-18",
  source_url: "https://files.ofsted.gov.uk/v1/file/50123456",
  sha256: "a".repeat(64),
  fetched_at: "2026-12-03T07:00:00.000Z",
  ...more,
});

describe("the fetcher's manifest", () => {
  test("round-trips rows, commas and quotes included, sorted by file", () => {
    const path = join(dir, "manifest.csv");
    writeFetchManifest(path, [row("z/b.pdf"), row("a/a.pdf", { label: 'A "quoted", label' })]);
    expect(readFileSync(path, "utf8").split("\n")[0]).toBe(MANIFEST_COLUMNS.join(","));
    expect(readFetchManifest(path)).toEqual({ rows: [row("a/a.pdf", { label: 'A "quoted", label' }), row("z/b.pdf")], problems: [] });
  });

  test("a missing manifest is an empty one", () => {
    expect(readFetchManifest(join(dir, "none.csv"))).toEqual({ rows: [], problems: [] });
  });

  test("a bad row is named by its line and left out; the good rows stay", () => {
    const path = join(dir, "bad.csv");
    writeFetchManifest(path, [row("a.pdf"), row("b.pdf")]);
    writeFileSync(path, readFileSync(path, "utf8").replace("2019-12-18", "18/12/2019"));
    const { rows, problems } = readFetchManifest(path);
    expect(rows.map((r) => r.file)).toEqual(["b.pdf"]);
    expect(problems).toEqual([expect.stringMatching(/bad\.csv, row 2: published/)]);
  });

  test("only a header with every column of the fetcher's is its manifest", () => {
    expect(isFetchManifestHeader(MANIFEST_COLUMNS)).toBe(true);
    expect(isFetchManifestHeader(["file", "kind", "authority", "date", "ofsted_urn"])).toBe(false);
    const path = join(dir, "other.csv");
    writeFileSync(path, "file,ofsted_urn,authority,published\n");
    expect(() => readFetchManifest(path)).toThrow(/not the fetcher's manifest.*it has file, ofsted_urn, authority, published/);
  });
});
