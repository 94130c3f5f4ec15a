import { stringify } from "csv-stringify/sync";

/** A cell value a CSV column can hold. */
export type CsvValue = string | number | boolean | null | readonly string[];

/** A column: its header and how to read it from a row. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text: lists joined with "; ", and a leading apostrophe where a spreadsheet would see a formula. */
export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  const text = Array.isArray(value) ? value.join("; ") : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Rows as RFC 4180 CSV: a header line, CRLF line ends, fields quoted where they hold commas, quotes or line breaks. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  return csvHeader(columns) + csvRecords(rows, columns);
}

/** The header line alone, CRLF-terminated. */
export function csvHeader<T>(columns: readonly CsvColumn<T>[]): string {
  return stringify([columns.map((c) => c.header)], { record_delimiter: "\r\n" });
}

/** The rows' lines without a header, each CRLF-terminated: toCsv in pieces, for files written row by row. */
export function csvRecords<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  if (rows.length === 0) return "";
  return stringify(rows.map((row) => columns.map((column) => csvCell(column.value(row)))), { record_delimiter: "\r\n" });
}
