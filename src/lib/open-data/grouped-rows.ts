import { loadExtraction } from "../load-extraction.ts";
import { loadSiteLookup } from "../search/load-site-lookup.ts";
import { type DocumentRow, documentRows, type FindingRow, findingRows } from "./finding-rows.ts";

/** The download rows of the loaded extraction, grouped by authority code and by theme id. */
export interface GroupedRows {
  findingsByAuthority: Map<string, FindingRow[]>;
  documentsByAuthority: Map<string, DocumentRow[]>;
  findingsByTheme: Map<string, FindingRow[]>;
  /** Each row's place in the download order (documents by id, findings in reading order). */
  rank: Map<FindingRow, number>;
}

let cache: { key: string; rows: GroupedRows } | undefined;

/** Groups the rows once per build (the per-authority and per-theme endpoints each need a slice). */
export function groupedRows(site?: URL | string): GroupedRows {
  const key = String(site ?? "");
  if (cache?.key === key) return cache.rows;
  const extraction = loadExtraction();
  const rows: GroupedRows = { findingsByAuthority: new Map(), documentsByAuthority: new Map(), findingsByTheme: new Map(), rank: new Map() };
  for (const row of findingRows(extraction, loadSiteLookup(), site)) {
    rows.rank.set(row, rows.rank.size);
    for (const code of new Set(row.authorities)) push(rows.findingsByAuthority, code, row);
    for (const theme of new Set(row.themes)) push(rows.findingsByTheme, theme, row);
  }
  for (const row of documentRows(extraction, site)) {
    for (const code of new Set(row.authorities)) push(rows.documentsByAuthority, code, row);
  }
  cache = { key, rows };
  return rows;
}

/** The rows about any of these authorities, each once, in download order. */
export function rowsAboutAny(codes: readonly string[], site?: URL | string): FindingRow[] {
  const grouped = groupedRows(site);
  const rows = new Set(codes.flatMap((code) => grouped.findingsByAuthority.get(code) ?? []));
  return [...rows].sort((a, b) => (grouped.rank.get(a) ?? 0) - (grouped.rank.get(b) ?? 0));
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
