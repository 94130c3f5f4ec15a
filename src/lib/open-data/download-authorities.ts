import type { Authority } from "../../schemas/authority.ts";
import type { Extraction } from "../../schemas/extraction.ts";
import { authorityInfo, type SiteLookup } from "../search/facets.ts";

/** The authority header of a per-authority download (/data/authorities/<slug>.json). */
export interface DownloadAuthority {
  code: string;
  name: string;
  slug: string;
  region: string | null;
  type: Authority["type"] | null;
  statisticalNeighbours: string[];
}

/** Every authority a document or finding names, with its register facts, by slug: one download each. */
export function downloadAuthorities(extraction: Extraction, lookup: SiteLookup, register: readonly Authority[]): DownloadAuthority[] {
  const byCode = new Map(register.map((a) => [a.code, a]));
  const named = new Map<string, ReturnType<typeof authorityInfo>>();
  for (const doc of extraction.documents) {
    const codes = [...doc.authorities.map((a) => a.code), ...doc.findings.flatMap((f) => f.authorities)];
    for (const code of codes) named.set(code, authorityInfo(code, doc, lookup));
  }
  return [...named.values()]
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
    .map((info) => {
      const entry = byCode.get(info.code);
      return {
        code: info.code,
        name: info.name,
        slug: info.slug,
        region: info.region,
        type: entry?.type ?? null,
        statisticalNeighbours: entry?.statisticalNeighbours ?? [],
      };
    });
}
