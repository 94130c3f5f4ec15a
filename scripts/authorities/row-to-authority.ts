import { slug } from "github-slugger";
import type { Authority } from "../../src/schemas/authority.ts";
import { generateAliases } from "./generate-aliases.ts";
import type { LaLookupRow } from "./read-la-lookup.ts";
import { fixConnectorCase, shortName } from "./name-forms.ts";

/**
 * ONS type by code prefix. The lookup's own ons_la_type column still calls North
 * Yorkshire, Cumberland and Westmorland and Furness "County" although their E06 codes
 * make them unitary since 2023, so the code is the authority here.
 */
const TYPE_BY_CODE_PREFIX: Readonly<Record<string, string>> = {
  E06: "Unitary Authority",
  E08: "Metropolitan District",
  E09: "London Borough",
  E10: "County",
};

/** Domains in the lookup that are not the authority's site (Suffolk's cell holds an analytics vendor's domain). */
const WEBSITE_CORRECTIONS: Readonly<Record<string, string>> = {
  E10000029: "suffolk.gov.uk",
};

/**
 * The authority's name: the ONS 2023 name where the row carries one for the same code
 * (it says "County Durham" and "Bedford" where the older column says "Durham" and
 * "Bedford Borough"), otherwise the lookup's ONS name.
 */
export function authorityName(row: LaLookupRow): string {
  const name = row.ltlaCode === row.code && row.ltlaName !== "" ? row.ltlaName : row.onsName;
  return fixConnectorCase(name);
}

/** Splits a comma-separated cell into its non-empty, trimmed items. */
function listCell(cell: string): string[] {
  return cell.split(",").map((item) => item.trim()).filter(Boolean);
}

/**
 * Turns one current lookup row into an Authority. `untrustedPopulations` holds figures
 * the caller found copied from a predecessor (Cumberland and Westmorland and Furness both
 * carry all of Cumbria's), which become null rather than a wrong number.
 */
export function rowToAuthority(row: LaLookupRow, untrustedPopulations: ReadonlySet<string>): Authority {
  const name = authorityName(row);
  const type = TYPE_BY_CODE_PREFIX[row.code.slice(0, 3)];
  if (type === undefined) throw new Error(`${name}: ONS code ${row.code} is not an E06/E08/E09/E10 code`);
  const population = row.population === "" || untrustedPopulations.has(row.population) ? null : Number(row.population);
  const website = WEBSITE_CORRECTIONS[row.code] ?? (row.domain === "" ? null : row.domain.toLowerCase());
  return {
    code: row.code,
    name,
    slug: slug(shortName(name)),
    dfeCode: row.dfeCode,
    aliases: generateAliases({ code: row.code, name, otherNames: [row.onsName], alsoKnownAs: row.alsoKnownAs }),
    region: row.region,
    type,
    statisticalNeighbours: listCell(row.statNeighbours),
    population,
    website,
  };
}
