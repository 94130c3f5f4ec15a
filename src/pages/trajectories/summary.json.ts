/** /trajectories/summary.json: the linking rule, each authority's themes × documents table and the corpus-wide figures (outcomes per finding are in /data/outcomes.csv.gz). */
import type { APIRoute } from "astro";
import { jsonResponse } from "../../lib/open-data/responses.ts";
import { loadTrajectories } from "../../lib/trajectories/load-trajectories.ts";

export const GET: APIRoute = () => {
  const { rule, authorities, summary } = loadTrajectories();
  return jsonResponse({ rule, authorities, summary });
};
