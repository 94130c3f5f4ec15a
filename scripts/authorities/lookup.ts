import type { Authority } from "../../src/schemas/authority.ts";
import { aliasKey } from "./alias-key.ts";

/** Words slugs drop or add freely ("bournemouth-christchurch-poole", "the-wirral"). */
const NEUTRAL_WORDS = new Set(["and", "the"]);

/** Words of council titles, tried away only when the slug as written matches nothing ("wigan-borough"). */
const TITLE_WORDS = new Set(["city", "county", "of", "council", "borough", "metropolitan", "royal"]);

/** Reduces a slug or name to its words, hyphens and "&" read as separators and "and": "Windsor & Maidenhead" = "windsor-maidenhead". */
export function looseKey(text: string, dropped: ReadonlySet<string> = NEUTRAL_WORDS): string {
  return aliasKey(text.replace(/[-_]+/g, " "))
    .split(" ")
    .filter((word) => !dropped.has(word))
    .join(" ");
}

const indexes = new WeakMap<readonly Authority[], Map<string, Authority | null>>();

/** Indexes every name, slug and alias by loose key; a key two authorities share maps to null (ambiguous). */
function looseIndex(authorities: readonly Authority[]): Map<string, Authority | null> {
  const cached = indexes.get(authorities);
  if (cached) return cached;
  const index = new Map<string, Authority | null>();
  for (const authority of authorities) {
    for (const text of [authority.name, authority.slug, ...authority.aliases]) {
      const key = looseKey(text);
      const previous = index.get(key);
      index.set(key, previous === undefined || previous === authority ? authority : null);
    }
  }
  indexes.set(authorities, index);
  return index;
}

/**
 * Finds the authority a loosely written slug or name stands for ("barking-and-dagenham",
 * "windsor & maidenhead", "london corporation", "wigan-borough"), or undefined when none
 * or several fit. Title words are stripped only from the slug, never from the authorities'
 * names, so "london" does not become the City of London.
 */
export function authorityBySlugLoose(authorities: readonly Authority[], slug: string): Authority | undefined {
  const index = looseIndex(authorities);
  const exact = index.get(looseKey(slug));
  if (exact !== undefined) return exact ?? undefined;
  const stripped = looseKey(slug, new Set([...NEUTRAL_WORDS, ...TITLE_WORDS]));
  return stripped === "" ? undefined : (index.get(stripped) ?? undefined);
}
