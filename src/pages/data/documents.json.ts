/** /data/documents.json: every document's fields, without its text and findings. */
import type { APIRoute } from "astro";
import { loadExtraction } from "../../lib/load-extraction.ts";
import { documentRows } from "../../lib/open-data/finding-rows.ts";
import { jsonResponse } from "../../lib/open-data/responses.ts";

export const GET: APIRoute = ({ site }) => jsonResponse(documentRows(loadExtraction(), site));
