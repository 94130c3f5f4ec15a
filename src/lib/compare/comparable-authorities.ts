import type { Authority } from "../../schemas/authority.ts";
import type { Extraction } from "../../schemas/extraction.ts";
import type { AuthorityInfo, SiteLookup } from "../search/facets.ts";
import { authorityInfo } from "../search/facets.ts";
import { neighbourSet } from "./side-by-side.ts";

/** An authority that has findings, with its default comparison set (ONS codes, itself first). */
export interface ComparableAuthority {
  authority: AuthorityInfo;
  compareWith: string[];
}

const cache = new WeakMap<Extraction, ComparableAuthority[]>();

/**
 * Authorities that have at least one finding, by name; each with its default comparison set.
 * Computed once per extraction (every comparison page asks for the whole list).
 */
export function comparableAuthorities(
  extraction: Extraction,
  lookup: SiteLookup,
  register: readonly Authority[],
): ComparableAuthority[] {
  let entries = cache.get(extraction);
  if (!entries) {
    entries = computeComparableAuthorities(extraction, lookup, register);
    cache.set(extraction, entries);
  }
  return entries;
}

function computeComparableAuthorities(
  extraction: Extraction,
  lookup: SiteLookup,
  register: readonly Authority[],
): ComparableAuthority[] {
  const withFindings = new Map<string, AuthorityInfo>();
  for (const doc of extraction.documents) {
    for (const finding of doc.findings) {
      for (const code of finding.authorities) withFindings.set(code, authorityInfo(code, doc, lookup));
    }
  }
  const codes = new Set(withFindings.keys());
  const byCode = new Map(register.map((a) => [a.code, a]));
  const all = [...withFindings.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return all.map((authority) => {
    const entry = byCode.get(authority.code);
    // Same-region authorities fill in when statistical neighbours have no findings.
    const sameRegion = all.filter((a) => a.region !== null && a.region === authority.region).map((a) => a.code);
    const others = all.map((a) => a.code);
    const compareWith = neighbourSet(
      { code: authority.code, statisticalNeighbours: entry?.statisticalNeighbours ?? [] },
      codes,
      [...sameRegion, ...others],
    );
    return { authority, compareWith };
  });
}
