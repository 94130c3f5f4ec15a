/** /data/findings.csv: every finding, one row each. */
import type { APIRoute } from "astro";
import { loadExtraction } from "../../lib/load-extraction.ts";
import { FINDING_COLUMNS } from "../../lib/open-data/finding-columns.ts";
import { findingRows } from "../../lib/open-data/finding-rows.ts";
import { csvResponse } from "../../lib/open-data/responses.ts";
import { toCsv } from "../../lib/open-data/to-csv.ts";
import { loadSiteLookup } from "../../lib/search/load-site-lookup.ts";

export const GET: APIRoute = ({ site }) => csvResponse(toCsv(findingRows(loadExtraction(), loadSiteLookup(), site), FINDING_COLUMNS));
