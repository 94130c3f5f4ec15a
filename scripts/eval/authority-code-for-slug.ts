import { existsSync } from "node:fs";
import { authorityBySlugLoose } from "../authorities/lookup.ts";
import { AUTHORITIES_PATH, loadAuthorities } from "../authorities/load-authorities.ts";
import type { CodeForSlug } from "./corpus-checks.ts";

/**
 * Maps the manifest's loose authority slugs to ONS codes through the project's
 * authority list; without that list (not yet generated) it knows no codes, so the
 * corpus checks fall back to comparing slugified names.
 */
export function loadCodeForSlug(path: string = AUTHORITIES_PATH): { codeForSlug: CodeForSlug; source: string } {
  if (!existsSync(path)) return { codeForSlug: () => null, source: `slugified names (${path} not found)` };
  const authorities = loadAuthorities(path);
  return { codeForSlug: (slug) => authorityBySlugLoose(authorities, slug)?.code ?? null, source: "ONS codes (authorityBySlugLoose)" };
}
