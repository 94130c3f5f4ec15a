/**
 * Reads trajectories/outcomes.csv (which Astro writes from the site's trajectories) back as the
 * database's outcome records, a row at a time: at ten times the real corpus it is 137 MB.
 */
import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { parse } from "csv-parse";
import type { OutcomeRecord } from "./findings-database.ts";

/** Calls `each` with every row of the outcomes CSV at `path`, in file order, and the row's text as the file holds it. */
export async function readOutcomes(path: string, each: (record: OutcomeRecord, raw: string) => void): Promise<void> {
  const parser = createReadStream(path).pipe(parse({ columns: true, bom: true, raw: true }));
  for await (const { record: row, raw } of parser as AsyncIterable<{ record: Record<string, string>; raw: string }>) {
    each({
      finding_id: cell(row, "finding_id") ?? "",
      authority_code: cell(row, "authority_code") ?? "",
      outcome: cell(row, "outcome") ?? "",
      mixed_lean: cell(row, "mixed_lean"),
      not_revisited_because: cell(row, "not_revisited_because"),
      decided_by_document_id: cell(row, "decided_by_document_id"),
      decided_by_date: cell(row, "decided_by_date"),
      next_strengths: count(row, "next_strengths"),
      next_areas_to_improve: count(row, "next_areas_to_improve"),
      next_recommendations: count(row, "next_recommendations"),
      reason: unescapeFormula(cell(row, "reason") ?? ""),
    }, raw);
  }
}

/** The file's header line (with its byte-order mark and line end), for each part of the gzipped copy. */
export function readHeaderLine(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(4096);
    const text = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString("utf8");
    const end = text.indexOf("\n");
    return end < 0 ? text : text.slice(0, end + 1);
  } finally {
    closeSync(fd);
  }
}

function cell(row: Record<string, string>, column: string): string | null {
  const value = row[column];
  return value === undefined || value === "" ? null : value;
}

function count(row: Record<string, string>, column: string): number | null {
  const value = cell(row, column);
  return value === null ? null : Number(value);
}

/** The CSV writer puts an apostrophe before a cell a spreadsheet would run as a formula (to-csv.ts); the database holds the text itself. */
function unescapeFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
