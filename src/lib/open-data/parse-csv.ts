/**
 * Reads the site's own CSV downloads back in the browser (the comparison chooser reads
 * authorities/<slug>.csv). RFC 4180 as to-csv.ts writes it: a byte-order mark, a header line, CRLF
 * line ends, fields quoted where they hold commas, quotes or line breaks. Parsed by d3-dsv (a few kB in
 * the page; csv-parse's browser build is 120 kB).
 */
import { csvParseRows } from "d3-dsv";
import type { ComparableFinding } from "../compare/side-by-side.ts";

/** The records of a CSV text, each a list of fields (the header is the first record); a leading byte-order mark is dropped. */
export function parseCsv(text: string): string[][] {
  return csvParseRows(withoutBom(text));
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The records after the header as objects keyed by the header's names. Built from the rows, not by d3-dsv's
 * csvParse: that compiles its row reader with `new Function`, which the site's Content-Security-Policy refuses.
 */
export function csvObjects(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((name, k) => [name, row[k] ?? ""])));
}

/** A cell as written, without the apostrophe to-csv.ts puts before what a spreadsheet would run as a formula. */
function cellText(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** A list cell ("a; b") as its items. */
function listOf(cell: string): string[] {
  return cell === "" ? [] : cell.split("; ");
}

/**
 * The findings of an authority's CSV download, as the side-by-side comparison reads them; `permalink`
 * makes a finding's link from its document and id (the file has no url column).
 */
export function comparableFindingsFromCsv(text: string, permalink: (document: string, id: string) => string): ComparableFinding[] {
  return csvObjects(text).map((row) => ({
    id: row["id"] ?? "",
    text: cellText(row["text"] ?? ""),
    polarity: row["polarity"] ?? "",
    themes: listOf(row["themes"] ?? ""),
    authorities: listOf(row["authorities"] ?? ""),
    url: permalink(row["document"] ?? "", row["id"] ?? ""),
  }));
}
