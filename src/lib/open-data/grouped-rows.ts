import type { ExtractedDocument } from "../../schemas/document.ts";
import { loadExtraction } from "../load-extraction.ts";
import { loadSiteLookup } from "../search/load-site-lookup.ts";
import { type DocumentRow, documentRows, type FindingRow, findingRows } from "./finding-rows.ts";

/**
 * A finding as the per-authority downloads hold it: what a reader of one authority needs beside the
 * file's list of documents (which carries each document's title, date, kind and inspection). The
 * whole-corpus downloads and the database carry every field; repeating the document's fields and the
 * authorities' names in every row of the 186 grouped files made them 223 MB on the real corpus. The
 * comparison chooser reads id, text, polarity, themes, authorities and url.
 */
export interface AuthorityFindingRow {
  id: string;
  text: string;
  polarity: string;
  themes: string[];
  authorities: string[];
  goodPractice: boolean;
  page: number | null;
  document: string;
  url: string;
}

/** A finding as the per-theme downloads hold it: its words, label, authorities and document (the file lists the documents). */
export interface ThemeFindingRow {
  id: string;
  text: string;
  polarity: string;
  authorities: string[];
  document: string;
}

/** The per-authority downloads' row of a finding. */
export function authorityFindingRow(row: FindingRow): AuthorityFindingRow {
  const { id, text, polarity, themes, authorities, goodPractice, page, document, url } = row;
  return { id, text, polarity, themes, authorities, goodPractice, page, document, url };
}

/** The per-theme downloads' row of a finding. */
export function themeFindingRow(row: FindingRow): ThemeFindingRow {
  const { id, text, polarity, authorities, document } = row;
  return { id, text, polarity, authorities, document };
}

/**
 * The download rows of the loaded extraction, grouped by authority code and by theme id, all in
 * memory: what the per-authority and per-theme downloads hold, which write-downloads.ts streams a
 * document at a time (its tests check the two agree). The site's pages do not use it.
 */
export interface GroupedRows {
  findingsByAuthority: Map<string, AuthorityFindingRow[]>;
  documentsByAuthority: Map<string, DocumentRow[]>;
  findingsByTheme: Map<string, ThemeFindingRow[]>;
  documentsByTheme: Map<string, DocumentRow[]>;
}

let cache: { key: string; rows: GroupedRows } | undefined;

/** Groups the rows (cached per site URL). */
export function groupedRows(site?: URL | string): GroupedRows {
  const key = String(site ?? "");
  if (cache?.key === key) return cache.rows;
  const extraction = loadExtraction();
  const rows: GroupedRows = { findingsByAuthority: new Map(), documentsByAuthority: new Map(), findingsByTheme: new Map(), documentsByTheme: new Map() };
  for (const row of findingRows(extraction, loadSiteLookup(), site)) {
    for (const code of new Set(row.authorities)) push(rows.findingsByAuthority, code, authorityFindingRow(row));
    for (const theme of new Set(row.themes)) push(rows.findingsByTheme, theme, themeFindingRow(row));
  }
  const themesOf = new Map(extraction.documents.map((d) => [d.id, documentThemes(d)]));
  for (const row of documentRows(extraction, site)) {
    for (const code of new Set(row.authorities)) push(rows.documentsByAuthority, code, row);
    for (const theme of themesOf.get(row.id) ?? []) push(rows.documentsByTheme, theme, row);
  }
  cache = { key, rows };
  return rows;
}

/** The themes any of a document's findings carries, sorted. */
export function documentThemes(doc: ExtractedDocument): string[] {
  return [...new Set(doc.findings.flatMap((f) => f.themes))].sort();
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
