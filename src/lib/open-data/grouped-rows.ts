import type { ExtractedDocument } from "../../schemas/document.ts";
import { loadExtraction } from "../load-extraction.ts";
import { loadSiteLookup } from "../search/load-site-lookup.ts";
import { type DocumentRow, documentRows, type FindingRow, findingRows } from "./finding-rows.ts";

/**
 * A finding as the per-authority and per-theme downloads hold it: what a reader of one authority or
 * theme needs beside the file's list of documents (which carries each document's title, date, kind
 * and inspection). The whole-corpus downloads and the database carry every field; repeating the
 * document's fields and the authorities' names in every row of 186 files made them 223 MB on the
 * real corpus. The comparison chooser reads id, text, polarity, themes, authorities and url.
 */
export interface GroupedFindingRow {
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

/** The grouped downloads' row of a finding. */
export function groupedFindingRow(row: FindingRow): GroupedFindingRow {
  const { id, text, polarity, themes, authorities, goodPractice, page, document, url } = row;
  return { id, text, polarity, themes, authorities, goodPractice, page, document, url };
}

/**
 * The download rows of the loaded extraction, grouped by authority code and by theme id, all in
 * memory: what the per-authority and per-theme downloads hold, which write-downloads.ts streams a
 * document at a time (its tests check the two agree). The site's pages do not use it.
 */
export interface GroupedRows {
  findingsByAuthority: Map<string, GroupedFindingRow[]>;
  documentsByAuthority: Map<string, DocumentRow[]>;
  findingsByTheme: Map<string, GroupedFindingRow[]>;
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
    for (const code of new Set(row.authorities)) push(rows.findingsByAuthority, code, groupedFindingRow(row));
    for (const theme of new Set(row.themes)) push(rows.findingsByTheme, theme, groupedFindingRow(row));
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
