import { loadExtraction } from "../load-extraction.ts";
import { loadSiteLookup } from "../search/load-site-lookup.ts";
import { type FindingRow, findingRows } from "./finding-rows.ts";

/**
 * A finding as the per-authority downloads (authorities/<slug>.csv) hold it: its words, labels,
 * document and page; the document's title, date, kind and inspection are one join away (by
 * document id) in documents.csv, and so is its permalink (the document's url, then # and the id: the
 * page leads on to the part printing the finding). The whole-corpus downloads and the database carry
 * every field; repeating the document's fields and the authorities' names in every row of the 186
 * grouped files made them 223 MB on the real corpus, and the permalinks were 14 MB more. The
 * comparison chooser reads id, text, polarity, themes, authorities and document.
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
}

/**
 * A finding as the per-theme downloads (themes/<id>.csv) hold it: which finding, where, about whom
 * and how labelled, without its words (a researcher joins to findings.csv.gz or the database by id
 * for them: the words of the 182,000 rows of the theme files were 36 MB on the real corpus) and
 * without its permalink, which is the document's page with the id as its anchor
 * (/reports/<document>/#<id>: the page leads on to the part printing the finding); the permalinks
 * were 14 MB of the theme files.
 */
export interface ThemeFindingRow {
  id: string;
  document: string;
  authorities: string[];
  polarity: string;
  page: number | null;
}

/** The per-authority downloads' row of a finding. */
export function authorityFindingRow(row: FindingRow): AuthorityFindingRow {
  const { id, text, polarity, themes, authorities, goodPractice, page, document } = row;
  return { id, text, polarity, themes, authorities, goodPractice, page, document };
}

/** The per-theme downloads' row of a finding. */
export function themeFindingRow(row: FindingRow): ThemeFindingRow {
  const { id, document, authorities, polarity, page } = row;
  return { id, document, authorities, polarity, page };
}

/**
 * The download rows of the loaded extraction, grouped by authority code and by theme id, all in
 * memory: what the per-authority and per-theme downloads hold, which write-downloads.ts streams a
 * document at a time (its tests check the two agree). The site's pages do not use it.
 */
export interface GroupedRows {
  findingsByAuthority: Map<string, AuthorityFindingRow[]>;
  findingsByTheme: Map<string, ThemeFindingRow[]>;
}

let cache: { key: string; rows: GroupedRows } | undefined;

/** Groups the rows (cached per site URL). */
export function groupedRows(site?: URL | string): GroupedRows {
  const key = String(site ?? "");
  if (cache?.key === key) return cache.rows;
  const rows: GroupedRows = { findingsByAuthority: new Map(), findingsByTheme: new Map() };
  for (const row of findingRows(loadExtraction(), loadSiteLookup(), site)) {
    for (const code of new Set(row.authorities)) push(rows.findingsByAuthority, code, authorityFindingRow(row));
    for (const theme of new Set(row.themes)) push(rows.findingsByTheme, theme, themeFindingRow(row));
  }
  cache = { key, rows };
  return rows;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
