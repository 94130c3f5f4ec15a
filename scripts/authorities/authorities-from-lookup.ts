import type { Authority } from "../../src/schemas/authority.ts";
import type { LaLookupRow } from "./read-la-lookup.ts";
import { rowToAuthority } from "./row-to-authority.ts";

/** The current authorities built from the lookup, and the rows left out because they no longer exist. */
export interface LookupAuthorities {
  /** Sorted by name. */
  authorities: Authority[];
  /** Rows without a current ONS code (Cumbria, Northamptonshire, Poole: abolished, their areas now in other authorities). */
  retired: LaLookupRow[];
}

/**
 * Population figures that cannot be the row's own: one shared by several rows, as a
 * successor copied from its predecessor (the lookup gives Cumberland, Westmorland and
 * Furness and the retired Cumbria the same 0-25 figure).
 */
function sharedPopulations(rows: readonly LaLookupRow[]): Set<string> {
  const counts = new Map<string, number>();
  for (const row of rows) if (row.population !== "") counts.set(row.population, (counts.get(row.population) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count > 1).map(([figure]) => figure));
}

/** Builds the current authorities (rows with an ONS code), sorted by name, and sets the retired rows aside. */
export function authoritiesFromLookup(rows: readonly LaLookupRow[]): LookupAuthorities {
  const current = rows.filter((row) => row.code !== "");
  const retired = rows.filter((row) => row.code === "");
  const untrusted = sharedPopulations(rows);
  const authorities = current
    .map((row) => rowToAuthority(row, untrusted))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { authorities, retired };
}
