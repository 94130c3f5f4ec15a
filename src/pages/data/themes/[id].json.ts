/** /data/themes/<id>.json: one theme's definition and findings. */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadThemes } from "../../../lib/load-extraction.ts";
import { groupedRows } from "../../../lib/open-data/grouped-rows.ts";
import { jsonResponse } from "../../../lib/open-data/responses.ts";

export const getStaticPaths = (() =>
  loadThemes().map((t) => ({
    params: { id: t.id },
    props: { theme: { id: t.id, label: t.label, definition: t.definition, framework: t.framework } },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { theme } = props as { theme: { id: string } };
  return jsonResponse({ theme, findings: groupedRows(site).findingsByTheme.get(theme.id) ?? [] });
};
