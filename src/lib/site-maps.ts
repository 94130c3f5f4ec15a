import type { Authority, Extraction, Theme } from "../schemas/index.ts";

/** Theme id → label. */
export function themeLabelMap(themes: readonly Theme[]): Map<string, string> {
  return new Map(themes.map((t) => [t.id, t.label]));
}

const nameMaps = new WeakMap<Extraction, { authorities: readonly Authority[]; names: Map<string, string> }>();

/**
 * ONS code → name, from the register, falling back on the names documents give codes the register
 * lacks. Made once per extraction and register (every document page asks for it).
 */
export function authorityNameMap(authorities: readonly Authority[], extraction: Extraction): Map<string, string> {
  const cached = nameMaps.get(extraction);
  if (cached?.authorities === authorities) return cached.names;
  const names = computeAuthorityNames(authorities, extraction);
  nameMaps.set(extraction, { authorities, names });
  return names;
}

function computeAuthorityNames(authorities: readonly Authority[], extraction: Extraction): Map<string, string> {
  const names = new Map<string, string>();
  for (const document of extraction.documents) {
    for (const a of document.authorities) names.set(a.code, a.name);
  }
  for (const a of authorities) names.set(a.code, a.name);
  return names;
}
