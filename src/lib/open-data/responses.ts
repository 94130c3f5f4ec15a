import { type CsvColumn, csvHeader, csvRecords } from "./to-csv.ts";

/** A JSON file response in the download format of formatDownloadJson, with a final newline. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${formatDownloadJson(data)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}

/**
 * JSON for downloads: the outer object's keys and every element of an array one per line, each
 * element compact. Downloads still diff line by line (one finding a line), at about two thirds
 * of the size of indented JSON: the findings download is over 100 MB on the real corpus.
 */
export function formatDownloadJson(data: unknown, depth = 0): string {
  if (Array.isArray(data)) {
    if (data.length === 0) return "[]";
    return `[\n${data.map((item) => JSON.stringify(item) ?? "null").join(",\n")}\n]`;
  }
  if (depth === 0 && data !== null && typeof data === "object") {
    const entries = Object.entries(data).filter(([, value]) => value !== undefined);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([key, value]) => `${JSON.stringify(key)}: ${formatDownloadJson(value, depth + 1)}`).join(",\n")}\n}`;
  }
  return JSON.stringify(data) ?? "null";
}

/** A CSV file response, with a byte-order mark so spreadsheet programs read it as UTF-8. */
export function csvResponse(csv: string): Response {
  return new Response(`\uFEFF${csv}`, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}

/** Rows a streamed CSV response makes and writes at a time. */
const CSV_ROWS_AT_A_TIME = 2000;

/**
 * The same CSV file as csvResponse(toCsv(items.map(toRow), columns)), made a few thousand rows at a
 * time as the response is read: only one run of rows, and the bytes, are held, never every row
 * with its cells and the whole text besides. At ten times the real corpus the outcomes download
 * is 137 MB, and building it in one piece at the end of the Astro stage was that stage's peak.
 */
export function csvStreamResponse<S, T>(items: readonly S[], toRow: (item: S) => T, columns: readonly CsvColumn<T>[]): Response {
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvHeader(columns)}`));
    },
    pull(controller) {
      if (next >= items.length) {
        controller.close();
        return;
      }
      const rows = items.slice(next, next + CSV_ROWS_AT_A_TIME).map(toRow);
      next += CSV_ROWS_AT_A_TIME;
      controller.enqueue(encoder.encode(csvRecords(rows, columns)));
    },
  });
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
