import type { Authority } from "../../src/schemas/authority.ts";
import { aliasKey } from "./alias-key.ts";
import { CITY_COUNCILS, COUNTY_COUNCIL_UNITARIES, NOT_AUTHORITIES, ROYAL_BOROUGHS, SHARED_NAMES, SHORT_FORMS, SENTENCE_START_AMBIGUOUS } from "./alias-tables.ts";
import { shortName } from "./name-forms.ts";

/** Problems that make the authority list unusable, each a sentence; empty when it is sound. */
export function checkAuthorities(authorities: readonly Authority[]): string[] {
  return [...duplicateFields(authorities), ...aliasCollisions(authorities), ...unknownNeighbours(authorities), ...unknownTableEntries(authorities)];
}

/** Codes and slugs that two authorities share. */
function duplicateFields(authorities: readonly Authority[]): string[] {
  const problems: string[] = [];
  for (const field of ["code", "slug", "dfeCode"] as const) {
    const seen = new Set<string>();
    for (const authority of authorities) {
      if (seen.has(authority[field])) problems.push(`${field} ${authority[field]} is used twice`);
      seen.add(authority[field]);
    }
  }
  return problems;
}

/** Aliases that normalise to the same key for two authorities, or to a listed non-authority place. */
function aliasCollisions(authorities: readonly Authority[]): string[] {
  const owner = new Map<string, string>(NOT_AUTHORITIES.map((place) => [aliasKey(place), "(not an authority)"]));
  const problems: string[] = [];
  for (const authority of authorities) {
    for (const alias of authority.aliases) {
      const key = aliasKey(alias);
      const previous = owner.get(key);
      if (previous !== undefined && previous !== authority.name) problems.push(`alias "${alias}" of ${authority.name} is also ${previous}'s`);
      owner.set(key, authority.name);
    }
  }
  return problems;
}

/** Statistical neighbours that are not current authorities. */
function unknownNeighbours(authorities: readonly Authority[]): string[] {
  const codes = new Set(authorities.map((authority) => authority.code));
  return authorities.flatMap((authority) =>
    authority.statisticalNeighbours.filter((code) => !codes.has(code)).map((code) => `${authority.name}'s statistical neighbour ${code} is not a current authority`),
  );
}

/** Table entries that name no authority, so a renamed authority cannot silently lose its aliases. */
function unknownTableEntries(authorities: readonly Authority[]): string[] {
  const shortNames = new Set(authorities.map((authority) => shortName(authority.name)));
  const aliases = new Set(authorities.flatMap((authority) => authority.aliases));
  const named = [...CITY_COUNCILS, ...COUNTY_COUNCIL_UNITARIES, ...ROYAL_BOROUGHS, ...Object.keys(SHORT_FORMS), ...Object.values(SHARED_NAMES).flat()];
  return [
    ...named.filter((name) => !shortNames.has(name)).map((name) => `alias table names "${name}", which is no authority`),
    ...SENTENCE_START_AMBIGUOUS.filter((word) => !aliases.has(word)).map((word) => `sentence-start table names "${word}", which is no alias`),
  ];
}
