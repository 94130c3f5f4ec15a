/** /data/documents.csv: every document, one row each, without its text. */
import type { APIRoute } from "astro";
import { loadExtraction } from "../../lib/load-extraction.ts";
import { DOCUMENT_COLUMNS } from "../../lib/open-data/finding-columns.ts";
import { documentRows } from "../../lib/open-data/finding-rows.ts";
import { csvResponse } from "../../lib/open-data/responses.ts";
import { toCsv } from "../../lib/open-data/to-csv.ts";

export const GET: APIRoute = ({ site }) => csvResponse(toCsv(documentRows(loadExtraction(), site), DOCUMENT_COLUMNS));
