/** /data/findings.json: every finding, flattened with its document's fields. */
import type { APIRoute } from "astro";
import { loadExtraction } from "../../lib/load-extraction.ts";
import { findingRows } from "../../lib/open-data/finding-rows.ts";
import { jsonResponse } from "../../lib/open-data/responses.ts";
import { loadSiteLookup } from "../../lib/search/load-site-lookup.ts";

export const GET: APIRoute = ({ site }) => jsonResponse(findingRows(loadExtraction(), loadSiteLookup(), site));
