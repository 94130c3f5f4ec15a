import { CITY_COUNCILS, COUNTY_COUNCIL_UNITARIES, ROYAL_BOROUGHS, SHORT_FORMS } from "./alias-tables.ts";
import { aliasKey } from "./alias-key.ts";
import { fixConnectorCase, parseAlsoKnownAs, shortName, uninvertName } from "./name-forms.ts";

/** What the alias generator needs to know about one authority. */
export interface AliasSource {
  /** Current ONS code; its prefix gives the kind of council. */
  code: string;
  /** The authority's chosen name. */
  name: string;
  /** Other names the lookup gives it (ONS name, also-known-as list). */
  otherNames: readonly string[];
  /** Raw also_known_as cell. */
  alsoKnownAs: string;
}

/** Unitary authorities named after a shire or an island are not boroughs ("Herefordshire Council"). */
const NOT_BOROUGHS = /shire\b|^Isles? of /;

/** Council titles for a short name, by kind of authority (from the ONS code prefix) and the tables. */
function councilTitles(short: string, code: string): string[] {
  // "City of London" and "County Durham" are not called "<Name> Council"; the table supplies their titles.
  if (/^(City of|County) /.test(short)) return [];
  const isCity = CITY_COUNCILS.includes(short);
  const titles = [`${short} Council`];
  if (isCity) titles.push(`${short} City Council`, `City of ${short}`, `City of ${short} Council`);
  if (ROYAL_BOROUGHS.includes(short)) titles.push(`Royal Borough of ${short}`);
  if (code.startsWith("E10") || COUNTY_COUNCIL_UNITARIES.includes(short)) titles.push(`${short} County Council`);
  else if (code.startsWith("E09") && !isCity) titles.push(`London Borough of ${short}`);
  else if (code.startsWith("E08") && !isCity) {
    titles.push(`${short} Metropolitan Borough Council`, `Metropolitan Borough of ${short}`, `${short} MBC`, `${short} Borough Council`);
  } else if (code.startsWith("E06") && !isCity && !NOT_BOROUGHS.test(short)) titles.push(`${short} Borough Council`);
  return titles;
}

/** Adds the "&" spelling of every name that joins two parts with "and" ("Telford & Wrekin"). */
function withAmpersands(names: readonly string[]): string[] {
  return names.flatMap((name) => (/ and /.test(name) ? [name, name.replace(/ and /g, " & ")] : [name]));
}

/**
 * Keeps the first of each spelling. Names of several words are matched ignoring case, so
 * one differing only in case is dropped; single words are matched case-sensitively, so
 * "BANES" and "BaNES" both stay.
 */
function uniqueSpellings(aliases: readonly string[]): string[] {
  const seen = new Set<string>();
  return aliases.filter((alias) => {
    const lower = /\s/.test(alias) ? alias.toLowerCase() : alias;
    if (seen.has(lower)) return false;
    seen.add(lower);
    return true;
  });
}

/** Generates the names and abbreviations documents use for an authority, its own name first. */
export function generateAliases(source: AliasSource): string[] {
  const short = shortName(source.name);
  const ownNames = [source.name, ...source.otherNames].map(fixConnectorCase);
  const sameName = (a: string, b: string): boolean => aliasKey(a) === aliasKey(b);
  const listed = parseAlsoKnownAs(source.alsoKnownAs, ownNames, sameName).map(fixConnectorCase);
  const names = [...ownNames, ...listed].flatMap(uninvertName);
  return uniqueSpellings([
    source.name,
    ...withAmpersands(names),
    ...councilTitles(short, source.code),
    ...(SHORT_FORMS[short] ?? []),
  ]);
}
