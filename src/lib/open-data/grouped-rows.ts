import { loadExtraction } from "../load-extraction.ts";
import { loadSiteLookup } from "../search/load-site-lookup.ts";
import { type DocumentRow, documentRows, type FindingRow, findingRows } from "./finding-rows.ts";

/**
 * The download rows of the loaded extraction, grouped by authority code and by theme id, all in
 * memory: what the per-authority and per-theme downloads hold, which write-downloads.ts streams a
 * document at a time (its tests check the two agree). The site's pages do not use it.
 */
export interface GroupedRows {
  findingsByAuthority: Map<string, FindingRow[]>;
  documentsByAuthority: Map<string, DocumentRow[]>;
  findingsByTheme: Map<string, FindingRow[]>;
}

let cache: { key: string; rows: GroupedRows } | undefined;

/** Groups the rows (cached per site URL). */
export function groupedRows(site?: URL | string): GroupedRows {
  const key = String(site ?? "");
  if (cache?.key === key) return cache.rows;
  const extraction = loadExtraction();
  const rows: GroupedRows = { findingsByAuthority: new Map(), documentsByAuthority: new Map(), findingsByTheme: new Map() };
  for (const row of findingRows(extraction, loadSiteLookup(), site)) {
    for (const code of new Set(row.authorities)) push(rows.findingsByAuthority, code, row);
    for (const theme of new Set(row.themes)) push(rows.findingsByTheme, theme, row);
  }
  for (const row of documentRows(extraction, site)) {
    for (const code of new Set(row.authorities)) push(rows.documentsByAuthority, code, row);
  }
  cache = { key, rows };
  return rows;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
