/** /trajectories/outcomes.csv: what happened next to every area to improve and recommendation, one row per authority followed. */
import type { APIRoute } from "astro";
import { loadAuthorities } from "../../lib/load-extraction.ts";
import { csvResponse } from "../../lib/open-data/responses.ts";
import { toCsv } from "../../lib/open-data/to-csv.ts";
import { absoluteUrl, findingUrl } from "../../lib/urls.ts";
import { loadTrajectories } from "../../lib/trajectories/load-trajectories.ts";
import { OUTCOME_COLUMNS, type OutcomeRow } from "../../lib/trajectories/outcome-columns.ts";

export const GET: APIRoute = ({ site }) => {
  const names = new Map(loadAuthorities().map((a) => [a.code, a.name]));
  const rows: OutcomeRow[] = Object.values(loadTrajectories().outcomes)
    .flat()
    .sort((a, b) => (a.findingId < b.findingId ? -1 : a.findingId > b.findingId ? 1 : a.authority < b.authority ? -1 : 1))
    .map((outcome) => ({
      outcome,
      authorityName: names.get(outcome.authority) ?? "",
      findingUrl: absoluteUrl(findingUrl(outcome.documentId, outcome.findingId), site),
    }));
  return csvResponse(toCsv(rows, OUTCOME_COLUMNS));
};
