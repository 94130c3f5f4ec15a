/**
 * /trajectories/outcomes.csv: what happened next to every area to improve and recommendation, one row
 * per authority followed. The downloads step reads it into findings.sqlite and publishes it gzipped as
 * /data/outcomes.csv.gz (scripts/site/write-downloads.ts), removing this file from the built site.
 */
import type { APIRoute } from "astro";
import { loadAuthorities } from "../../lib/load-extraction.ts";
import { csvStreamResponse } from "../../lib/open-data/responses.ts";
import { absoluteUrl, findingUrl } from "../../lib/urls.ts";
import { loadTrajectories } from "../../lib/trajectories/load-trajectories.ts";
import { OUTCOME_COLUMNS, type OutcomeRow } from "../../lib/trajectories/outcome-columns.ts";

export const GET: APIRoute = ({ site }) => {
  const names = new Map(loadAuthorities().map((a) => [a.code, a.name]));
  const outcomes = Object.values(loadTrajectories().outcomes)
    .flat()
    .sort((a, b) => (a.findingId < b.findingId ? -1 : a.findingId > b.findingId ? 1 : a.authority < b.authority ? -1 : 1));
  // Rows are made as the file is written (137 MB at ten times the real corpus).
  const row = (outcome: (typeof outcomes)[number]): OutcomeRow => ({
    outcome,
    authorityName: names.get(outcome.authority) ?? "",
    findingUrl: absoluteUrl(findingUrl(outcome.documentId, outcome.findingId), site),
  });
  return csvStreamResponse(outcomes, row, OUTCOME_COLUMNS);
};
