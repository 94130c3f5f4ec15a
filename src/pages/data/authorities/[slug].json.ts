/** /data/authorities/<slug>.json: one authority's documents and findings (the comparison chooser reads these). */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadExtraction } from "../../../lib/load-extraction.ts";
import { groupedRows } from "../../../lib/open-data/grouped-rows.ts";
import { jsonResponse } from "../../../lib/open-data/responses.ts";
import { authorityInfo } from "../../../lib/search/facets.ts";
import { loadRegister } from "../../../lib/search/load-register.ts";
import { loadSiteLookup } from "../../../lib/search/load-site-lookup.ts";

export const getStaticPaths = (() => {
  const lookup = loadSiteLookup();
  const register = new Map(loadRegister().map((a) => [a.code, a]));
  const named = new Map<string, ReturnType<typeof authorityInfo>>();
  for (const doc of loadExtraction().documents) {
    const codes = [...doc.authorities.map((a) => a.code), ...doc.findings.flatMap((f) => f.authorities)];
    for (const code of codes) named.set(code, authorityInfo(code, doc, lookup));
  }
  return [...named.values()]
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
    .map((info) => {
      const entry = register.get(info.code);
      const authority = {
        code: info.code,
        name: info.name,
        slug: info.slug,
        region: info.region,
        type: entry?.type ?? null,
        statisticalNeighbours: entry?.statisticalNeighbours ?? [],
      };
      return { params: { slug: info.slug }, props: { authority } };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { authority } = props as { authority: { code: string } };
  const rows = groupedRows(site);
  return jsonResponse({
    authority,
    documents: rows.documentsByAuthority.get(authority.code) ?? [],
    findings: rows.findingsByAuthority.get(authority.code) ?? [],
  });
};
