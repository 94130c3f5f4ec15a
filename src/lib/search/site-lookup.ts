import type { Authority } from "../../schemas/authority.ts";
import type { AuthorityInfo, SiteLookup } from "./facets.ts";

/** Builds the code → authority and id → theme label lookups from the register and the taxonomy. */
export function siteLookup(
  authorities: readonly Pick<Authority, "code" | "name" | "slug" | "region">[],
  themes: readonly { id: string; label: string }[],
): SiteLookup {
  const byCode = new Map<string, AuthorityInfo>(
    authorities.map((a) => [a.code, { code: a.code, name: a.name, slug: a.slug, region: a.region || null }]),
  );
  return { authorities: byCode, themeLabels: new Map(themes.map((t) => [t.id, t.label])) };
}
