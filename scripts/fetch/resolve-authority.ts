/** Which authority a report-finder provider is: the one its name names, found with the project's alias matcher. */
import type { Authority } from "../../src/schemas/authority.ts";
import { createAuthorityMatcher } from "../authorities/find-authorities.ts";

/** Resolves provider names to authorities; build once per run. */
export type AuthorityResolver = (providerName: string) => Authority | null;

/**
 * A resolver over `authorities`: a name that names exactly one authority is that authority; a name
 * naming none (an authority since abolished, "Northamptonshire") or several resolves to null.
 */
export function createAuthorityResolver(authorities: readonly Authority[]): AuthorityResolver {
  const matcher = createAuthorityMatcher(authorities);
  const byCode = new Map(authorities.map((a) => [a.code, a]));
  return (providerName) => {
    const codes = new Set(matcher.find(providerName).map((m) => m.code));
    if (codes.size !== 1) return null;
    return byCode.get([...codes][0]!) ?? null;
  };
}
