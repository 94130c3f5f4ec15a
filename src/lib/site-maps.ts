import type { Authority, Extraction, Theme } from "../schemas/index.ts";

/** Theme id → label. */
export function themeLabelMap(themes: readonly Theme[]): Map<string, string> {
  return new Map(themes.map((t) => [t.id, t.label]));
}

/** ONS code → name, from the register, falling back on the names documents give codes the register lacks. */
export function authorityNameMap(authorities: readonly Authority[], extraction: Extraction): Map<string, string> {
  const names = new Map<string, string>();
  for (const document of extraction.documents) {
    for (const a of document.authorities) names.set(a.code, a.name);
  }
  for (const a of authorities) names.set(a.code, a.name);
  return names;
}
