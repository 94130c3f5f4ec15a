/**
 * Writes data/findings.sqlite with Node's own SQLite (node:sqlite; no native add-on): the schema of
 * src/lib/open-data/database-schema.ts, filled a document at a time. The file is the same bytes for
 * the same corpus: rows go in a fixed order (documents by id, findings in reading order), the page
 * size is fixed, nothing records a time, and VACUUM rewrites it compactly at the end.
 */
import { rmSync } from "node:fs";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import type { Authority } from "../../src/schemas/authority.ts";
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import type { Theme } from "../../src/schemas/theme.ts";
import { DATABASE_INDEXES, DATABASE_TABLES, DATABASE_VIEWS } from "../../src/lib/open-data/database-schema.ts";
import type { DownloadAuthority } from "../../src/lib/open-data/download-authorities.ts";
import type { FindingRow } from "../../src/lib/open-data/finding-rows.ts";

/** One outcome as the outcomes table holds it (columns of /trajectories/outcomes.csv). */
export interface OutcomeRecord {
  finding_id: string;
  authority_code: string;
  outcome: string;
  mixed_lean: string | null;
  not_revisited_because: string | null;
  decided_by_document_id: string | null;
  decided_by_date: string | null;
  next_strengths: number | null;
  next_areas_to_improve: number | null;
  next_recommendations: number | null;
  reason: string;
}

/** Counts of what the database holds, for the data page. */
export interface DatabaseCounts {
  documents: number;
  findings: number;
  cues: number;
  outcomes: number;
}

type Insert = "theme" | "authority" | "neighbour" | "document" | "documentAuthority" | "judgement" | "finding" | "findingTheme" | "findingAuthority" | "cueWords" | "cue" | "outcome";

/** The database being written. Call in order: themes and authorities, documents (by id), outcomes, then finish. */
export class FindingsDatabase {
  readonly #db: DatabaseSync;
  readonly #insert: Record<Insert, StatementSync>;
  /** Public finding id → findings.rowid, which the tables about findings point to. */
  readonly #findingRows = new Map<string, number>();
  /** A cue's kind, words and what it points to (as one key) → cue_vocabulary.rowid. */
  readonly #cueWords = new Map<string, number>();
  readonly counts: DatabaseCounts = { documents: 0, findings: 0, cues: 0, outcomes: 0 };

  constructor(path: string) {
    rmSync(path, { force: true });
    this.#db = new DatabaseSync(path);
    // A fixed page size and no journal file: the build writes it once, from scratch.
    this.#db.exec("PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;");
    for (const t of DATABASE_TABLES) this.#db.exec(t.sql);
    const insert = (table: string, columns: string[]) =>
      this.#db.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
    this.#insert = {
      theme: insert("themes", ["id", "label", "definition", "framework"]),
      authority: insert("authorities", ["code", "name", "slug", "region", "type", "dfe_code", "population"]),
      neighbour: insert("statistical_neighbours", ["authority_code", "rank", "neighbour_code"]),
      document: insert("documents", ["id", "title", "kind", "publisher", "published", "date", "inspection_type", "first_inspection_day", "last_inspection_day", "judgement", "format", "pages", "sha256", "url"]),
      documentAuthority: insert("document_authorities", ["document_id", "authority_code"]),
      judgement: insert("judgements", ["document_id", "area", "grade"]),
      finding: insert("findings", ["rowid", "id", "document_id", "text", "polarity", "confidence", "good_practice", "section", "page", "start_offset", "end_offset", "reviewed", "part"]),
      findingTheme: insert("finding_themes", ["finding_rowid", "theme_id"]),
      findingAuthority: insert("finding_authorities", ["finding_rowid", "authority_code"]),
      cueWords: insert("cue_vocabulary", ["rowid", "kind", "text", "points"]),
      cue: insert("cues", ["finding_rowid", "position", "cue", "weight"]),
      outcome: insert("outcomes", ["finding_rowid", "authority_code", "outcome", "mixed_lean", "not_revisited_because", "decided_by_document_id", "decided_by_date", "next_strengths", "next_areas_to_improve", "next_recommendations", "reason"]),
    };
    this.#db.exec("BEGIN");
  }

  /** The taxonomy's themes, by id. */
  addThemes(themes: readonly Theme[]): void {
    for (const t of [...themes].sort((a, b) => compare(a.id, b.id))) this.#insert.theme.run(t.id, t.label, t.definition, t.framework.join("; "));
  }

  /** The register's authorities and any others the documents name, by code, then their statistical neighbours. */
  addAuthorities(register: readonly Authority[], named: readonly DownloadAuthority[]): void {
    const byCode = new Map<string, { code: string; name: string; slug: string; region: string | null; type: string | null; dfeCode: string | null; population: number | null }>();
    for (const a of register) byCode.set(a.code, { ...a, dfeCode: a.dfeCode });
    for (const a of named) if (!byCode.has(a.code)) byCode.set(a.code, { ...a, dfeCode: null, population: null });
    const codes = [...byCode.keys()].sort(compare);
    for (const code of codes) {
      const a = byCode.get(code)!;
      this.#insert.authority.run(a.code, a.name, a.slug, a.region, a.type, a.dfeCode, a.population);
    }
    for (const a of [...register].sort((x, y) => compare(x.code, y.code))) {
      a.statisticalNeighbours.forEach((neighbour, i) => {
        if (byCode.has(neighbour)) this.#insert.neighbour.run(a.code, i + 1, neighbour);
      });
    }
  }

  /**
   * One document, its findings (in the downloads' order, `rows`) and their themes, authorities and cues;
   * `partOf` gives the part of the document's page printing each finding (1 when absent).
   */
  addDocument(doc: ExtractedDocument, rows: readonly FindingRow[], url: string, partOf: ReadonlyMap<string, number>): void {
    const dates = [...doc.inspection.dates].sort();
    this.#insert.document.run(
      doc.id, doc.title, doc.kind, doc.publisher, doc.published, doc.published ?? doc.inspection.dates[0] ?? null, doc.inspection.type,
      dates[0] ?? null, dates.at(-1) ?? null, doc.inspection.judgement, doc.format, doc.pages, doc.sha256, url,
    );
    this.counts.documents++;
    for (const code of [...new Set(doc.authorities.map((a) => a.code))].sort(compare)) this.#insert.documentAuthority.run(doc.id, code);
    const areas = new Set<string>();
    for (const j of doc.inspection.judgements) {
      if (areas.has(j.area)) continue;
      areas.add(j.area);
      this.#insert.judgement.run(doc.id, j.area, j.grade);
    }
    const byId = new Map(doc.findings.map((f) => [f.id, f]));
    for (const row of rows) {
      const f = byId.get(row.id)!;
      if (this.#findingRows.has(f.id)) continue; // ids are unique in a valid extraction; a duplicate keeps its first row
      const rowid = ++this.counts.findings;
      this.#findingRows.set(f.id, rowid);
      this.#insert.finding.run(rowid, f.id, doc.id, f.text, f.polarity, f.confidence, f.goodPractice ? 1 : 0, f.section, f.page, f.start, f.end, f.reviewed ? 1 : 0, partOf.get(f.id) ?? 1);
      for (const theme of [...new Set(f.themes)].sort(compare)) this.#insert.findingTheme.run(rowid, theme);
      for (const code of [...new Set(f.authorities)].sort(compare)) this.#insert.findingAuthority.run(rowid, code);
      f.cues.forEach((cue, i) => this.#insert.cue.run(rowid, i + 1, this.#cue(cue.kind, cue.text, cue.points), cue.weight));
      this.counts.cues += f.cues.length;
    }
  }

  /** The vocabulary's number for a cue, adding it the first time it is seen (so numbers follow download order). */
  #cue(kind: string, text: string, points: string): number {
    const key = JSON.stringify([kind, text, points]);
    let rowid = this.#cueWords.get(key);
    if (rowid === undefined) {
      rowid = this.#cueWords.size + 1;
      this.#cueWords.set(key, rowid);
      this.#insert.cueWords.run(rowid, kind, text, points);
    }
    return rowid;
  }

  /** What happened next to a raised finding; false (and left out) when the database lacks the finding. */
  addOutcome(o: OutcomeRecord): boolean {
    const rowid = this.#findingRows.get(o.finding_id);
    if (rowid === undefined) return false;
    this.#insert.outcome.run(
      rowid, o.authority_code, o.outcome, o.mixed_lean, o.not_revisited_because, o.decided_by_document_id, o.decided_by_date,
      o.next_strengths, o.next_areas_to_improve, o.next_recommendations, o.reason,
    );
    this.counts.outcomes++;
    return true;
  }

  /** Builds the full-text index, indexes and views, checks the foreign keys, and compacts the file. */
  finish(): void {
    this.#db.exec("INSERT INTO findings_fts (rowid, text) SELECT rowid, text FROM findings ORDER BY rowid");
    for (const sql of DATABASE_INDEXES) this.#db.exec(sql);
    for (const view of DATABASE_VIEWS) this.#db.exec(view.sql);
    this.#db.exec("COMMIT");
    const broken = this.#db.prepare("PRAGMA foreign_key_check").all();
    if (broken.length > 0) throw new Error(`findings.sqlite: ${broken.length} rows point to nothing, e.g. ${JSON.stringify(broken[0])}`);
    this.#db.exec("INSERT INTO findings_fts(findings_fts) VALUES ('optimize'); ANALYZE; VACUUM;");
    this.#db.close();
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
