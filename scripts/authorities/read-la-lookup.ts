import { parse } from "csv-parse/sync";

/** One row of shared/reference/la_lookup.csv, with the columns the build uses. */
export interface LaLookupRow {
  /** Ofsted URN of the authority's children's services. */
  urn: string;
  /** DfE three-digit LA number. */
  dfeCode: string;
  /** Current ONS code; empty for authorities that no longer exist. */
  code: string;
  onsName: string;
  /** Bracketed list ("[BCP, Bournemouth, Christchurch & Poole]"), or empty. */
  alsoKnownAs: string;
  region: string;
  domain: string;
  /** ONS 2023 lower-tier code and name, where the row has them. */
  ltlaCode: string;
  ltlaName: string;
  population: string;
  onsType: string;
  /** ONS codes of statistical neighbours, comma-separated. */
  statNeighbours: string;
}

/** Parses la_lookup.csv text into typed rows, failing on a missing column. */
export function parseLaLookup(csvText: string): LaLookupRow[] {
  const records: Record<string, string>[] = parse(csvText, { columns: true, skip_empty_lines: true, trim: true });
  return records.map((record, index) => {
    const column = (name: string): string => {
      const value = record[name];
      if (value === undefined) throw new Error(`la_lookup.csv row ${index + 2} has no column "${name}"`);
      return value;
    };
    return {
      urn: column("urn"),
      dfeCode: column("la_code"),
      code: column("la_code_new"),
      onsName: column("local_authority_ons_name"),
      alsoKnownAs: column("also_known_as"),
      region: column("region_name"),
      domain: column("domain"),
      ltlaCode: column("ltla23cd"),
      ltlaName: column("ltla23nm"),
      population: column("ons_population_0-25"),
      onsType: column("ons_la_type"),
      statNeighbours: column("stat_neighbours_la_code"),
    };
  });
}
