/**
 * Builds content/authorities/authorities.json from the shared LA lookup:
 *   node scripts/build-authorities.ts [path/to/la_lookup.csv]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { AuthoritySchema } from "../src/schemas/authority.ts";
import { authoritiesFromLookup } from "./authorities/authorities-from-lookup.ts";
import { checkAuthorities } from "./authorities/check-authorities.ts";
import { parseLaLookup } from "./authorities/read-la-lookup.ts";

const DEFAULT_LOOKUP = "/work/shared/reference/la_lookup.csv";
const OUTPUT = fileURLToPath(new URL("../content/authorities/authorities.json", import.meta.url));

const lookupPath = process.argv[2] ?? DEFAULT_LOOKUP;

// 1. Read the lookup and build the current authorities; abolished ones have no ONS code.
const rows = parseLaLookup(readFileSync(lookupPath, "utf8"));
const { authorities, retired } = authoritiesFromLookup(rows);

// 2. Refuse to write a list with clashing codes, slugs or aliases, or dangling neighbours.
const problems = checkAuthorities(authorities);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}

// 3. Validate against the schema the site loads it with, then write it deterministically.
const valid = z.array(AuthoritySchema).parse(authorities);
writeFileSync(OUTPUT, `${JSON.stringify(valid, null, 2)}\n`);

console.log(`Wrote ${valid.length} authorities to ${OUTPUT}`);
for (const row of retired) console.log(`Left out ${row.onsName} (DfE ${row.dfeCode}): no current ONS code`);
