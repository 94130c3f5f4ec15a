import type { Authority } from "../../schemas/authority.ts";
import type { ExtractedDocument } from "../../schemas/document.ts";
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
  const named = new NamedAuthorities(lookup);
  for (const doc of extraction.documents) named.add(doc);
  return named.downloads(register);
}

/** The authorities documents name, gathered a document at a time (for a reader that streams them). */
export class NamedAuthorities {
  readonly #lookup: SiteLookup;
  readonly #named = new Map<string, ReturnType<typeof authorityInfo>>();

  constructor(lookup: SiteLookup) {
    this.#lookup = lookup;
  }

  /** Every authority this document or its findings name (a later document's facts win, as in one pass). */
  add(doc: ExtractedDocument): void {
    const codes = [...doc.authorities.map((a) => a.code), ...doc.findings.flatMap((f) => f.authorities)];
    for (const code of codes) this.#named.set(code, authorityInfo(code, doc, this.#lookup));
  }

  /** One download header each, by slug, with the register's facts. */
  downloads(register: readonly Authority[]): DownloadAuthority[] {
    return downloadHeaders([...this.#named.values()], register);
  }
}

function downloadHeaders(named: ReturnType<typeof authorityInfo>[], register: readonly Authority[]): DownloadAuthority[] {
  const byCode = new Map(register.map((a) => [a.code, a]));
  return named
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
