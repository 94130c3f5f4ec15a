import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeDownloads } from "../../scripts/site/write-downloads.ts";
import { loadExtraction, loadThemes } from "../../src/lib/load-extraction.ts";
import { findingUrl } from "../../src/lib/urls.ts";
import { DATABASE_TABLES, DATABASE_VIEWS } from "../../src/lib/open-data/database-schema.ts";
import type { DownloadManifest } from "../../src/lib/open-data/download-manifest.ts";
import { EXAMPLE_QUERIES } from "../../src/lib/open-data/example-queries.ts";
import { loadTrajectories } from "../../src/lib/trajectories/load-trajectories.ts";
import { GET as outcomesCsv } from "../../src/pages/trajectories/outcomes.csv.ts";

// The site fixture: 3 documents, 27 findings about Kent, Croydon and Medway.
process.env["EXTRACTION_FILE"] = "test/fixtures/site/extraction.json";
process.env["AUTHORITIES_FILE"] = "test/fixtures/site/authorities.json";

const SQLITE3 = "/usr/bin/sqlite3";

describe("findings.sqlite, as the downloads step writes it", () => {
  let out = "";
  let path = "";
  let csv = "";
  let db: DatabaseSync;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "findings-db-"));
    // The outcomes come from the CSV Astro writes before the downloads run.
    mkdirSync(join(out, "trajectories"));
    csv = await (outcomesCsv({ site: undefined } as Parameters<typeof outcomesCsv>[0]) as Response).text();
    writeFileSync(join(out, "trajectories/outcomes.csv"), csv);
    await writeDownloads(out, undefined);
    path = join(out, "findings.sqlite");
    writeFileSync(path, gunzipSync(readFileSync(join(out, "data/findings.sqlite.gz"))));
    db = new DatabaseSync(path, { readOnly: true });
  });
  afterAll(() => {
    db?.close();
    rmSync(out, { recursive: true, force: true });
  });
  const count = (sql: string) => Number((db.prepare(sql).get() as { n: number }).n);

  test("holds every document, finding, theme, cue, theme and authority link, and outcome of the extraction", () => {
    const documents = loadExtraction().documents;
    const findings = documents.flatMap((d) => d.findings);
    expect(count("SELECT COUNT(*) AS n FROM documents")).toBe(documents.length);
    expect(count("SELECT COUNT(*) AS n FROM findings")).toBe(findings.length);
    expect(count("SELECT COUNT(*) AS n FROM themes")).toBe(loadThemes().length);
    expect(count("SELECT COUNT(*) AS n FROM cues")).toBe(findings.reduce((n, f) => n + f.cues.length, 0));
    expect(count("SELECT COUNT(*) AS n FROM finding_themes")).toBe(findings.reduce((n, f) => n + new Set(f.themes).size, 0));
    expect(count("SELECT COUNT(*) AS n FROM finding_authorities")).toBe(findings.reduce((n, f) => n + new Set(f.authorities).size, 0));
    const outcomes = Object.values(loadTrajectories().outcomes).flat();
    expect(outcomes.length).toBeGreaterThan(0);
    expect(count("SELECT COUNT(*) AS n FROM outcomes")).toBe(outcomes.length);
    const one = outcomes[0]!;
    expect(db.prepare("SELECT outcome, reason FROM finding_outcomes WHERE finding_id = ? AND authority_code = ?").get(one.findingId, one.authority)).toEqual({ outcome: one.outcome, reason: one.reason });
  });

  test("the outcomes Astro wrote are published gzipped in data/, the same bytes, and leave trajectories/", () => {
    expect(gunzipSync(readFileSync(join(out, "data/outcomes.csv.gz"))).toString("utf8")).toBe(csv);
    expect(existsSync(join(out, "trajectories/outcomes.csv"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(out, "data/manifest.json"), "utf8")) as DownloadManifest;
    const outcomes = manifest.downloads.find((d) => d.name === "outcomes.csv.gz")!;
    expect(outcomes.files.reduce((n, f) => n + f.rows, 0)).toBe(Object.values(loadTrajectories().outcomes).flat().length);
  });

  test("a finding's row keeps its text, labels, provenance and permalink, and its cues in order", () => {
    const doc = loadExtraction().documents[0]!;
    const finding = doc.findings.find((f) => f.cues.length > 1)!;
    const row = db.prepare("SELECT document_id, text, polarity, page, start_offset, end_offset FROM findings WHERE id = ?").get(finding.id);
    expect(row).toMatchObject({ document_id: doc.id, text: finding.text, polarity: finding.polarity, page: finding.page, start_offset: finding.start, end_offset: finding.end });
    const url = db.prepare("SELECT url FROM finding_details WHERE id = ?").get(finding.id) as { url: string };
    expect(url.url).toBe(findingUrl(doc.id, finding.id));
    const cues = db.prepare("SELECT kind, text, points, weight FROM finding_cues WHERE finding_id = ? ORDER BY position").all(finding.id);
    expect(cues).toEqual(finding.cues.map((c) => ({ kind: c.kind, text: c.text, points: c.points, weight: c.weight })));
  });

  test("a finding's permalink names the part of a long document's page that prints it, as the site links it", () => {
    const lines = gunzipSync(readFileSync(join(out, "data/findings.jsonl.gz"))).toString("utf8").trim().split("\n");
    const urls = new Map(lines.map((line) => JSON.parse(line) as { id: string; url: string }).map((r) => [r.id, r.url]));
    const derived = db.prepare("SELECT id, url FROM finding_details").all() as { id: string; url: string }[];
    expect(derived.length).toBe(urls.size);
    for (const { id, url } of derived) expect(url, id).toBe(urls.get(id));
  });

  test("the tables about findings point to them by rowid, and each distinct cue is stored once", () => {
    for (const table of ["finding_themes", "finding_authorities", "cues", "outcomes"]) {
      const keys = db.prepare(`SELECT "table", "from", "to" FROM pragma_foreign_key_list('${table}') WHERE "table" = 'findings'`).all();
      expect(keys, table).toEqual([{ table: "findings", from: "finding_rowid", to: "rowid" }]);
    }
    const findings = loadExtraction().documents.flatMap((d) => d.findings);
    const distinct = new Set(findings.flatMap((f) => f.cues.map((c) => JSON.stringify([c.kind, c.text, c.points]))));
    expect(count("SELECT COUNT(*) AS n FROM cue_vocabulary")).toBe(distinct.size);
    expect(distinct.size).toBeLessThan(findings.reduce((n, f) => n + f.cues.length, 0));
  });

  test("authorities carry region, type and statistical neighbours, and every foreign key points to a row", () => {
    const kent = db.prepare("SELECT region, type FROM authorities WHERE name = 'Kent'").get();
    expect(kent).toMatchObject({ region: expect.any(String), type: expect.any(String) });
    expect(count("SELECT COUNT(*) AS n FROM statistical_neighbours")).toBeGreaterThan(0);
    expect(db.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
    expect(count("SELECT COUNT(*) AS n FROM pragma_foreign_key_list('findings')")).toBeGreaterThan(0);
  });

  test("the full-text index finds a finding by a word of it", () => {
    const finding = loadExtraction().documents[0]!.findings[0]!;
    const word = finding.text.match(/[A-Za-z]{6,}/)![0];
    const ids = db.prepare("SELECT f.id FROM findings_fts JOIN findings f ON f.rowid = findings_fts.rowid WHERE findings_fts MATCH ?").all(`"${word}"`).map((r) => r["id"]);
    expect(ids).toContain(finding.id);
  });

  test("every example query of the data page runs and the commonest questions have answers", () => {
    for (const query of EXAMPLE_QUERIES) expect(() => db.prepare(query.sql).all(), query.name).not.toThrow();
    const answered = EXAMPLE_QUERIES.filter((q) => db.prepare(q.sql).all().length > 0).map((q) => q.name);
    expect(answered).toEqual(expect.arrayContaining(["kent_by_theme", "good_practice_by_region", "outcomes_by_theme", "why_labelled"]));
  });

  test("has every table and view the schema page and metadata.json describe, and metadata.json describes them all", () => {
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").all().map((r) => String(r["name"]));
    for (const t of [...DATABASE_TABLES, ...DATABASE_VIEWS]) expect(names).toContain(t.name);
    const metadata = JSON.parse(readFileSync(join(out, "data/metadata.json"), "utf8"));
    expect(metadata.license).toBe("Open Government Licence v3.0");
    const described = Object.keys(metadata.databases.findings.tables);
    for (const name of names.filter((n) => !n.startsWith("sqlite_") && !/^findings_fts_/.test(n))) expect(described).toContain(name);
    expect(Object.keys(metadata.databases.findings.queries)).toEqual(EXAMPLE_QUERIES.map((q) => q.name));
  });

  test.skipIf(!existsSync(SQLITE3))(`opens in ${SQLITE3}, which runs every example query`, () => {
    for (const query of EXAMPLE_QUERIES) {
      const output = execFileSync(SQLITE3, ["-readonly", "-csv", path, `${query.sql};`], { encoding: "utf8" });
      expect(output.trim().split("\n").filter(Boolean).length, query.name).toBe(db.prepare(query.sql).all().length);
    }
  });
});
