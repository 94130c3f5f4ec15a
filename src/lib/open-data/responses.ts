/** A JSON file response: two-space indented with a final newline, so downloads diff cleanly. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}

/** A CSV file response, with a byte-order mark so spreadsheet programs read it as UTF-8. */
export function csvResponse(csv: string): Response {
  return new Response(`\uFEFF${csv}`, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
