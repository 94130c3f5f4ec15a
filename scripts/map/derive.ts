/**
 * Writes content/map/authorities.topo.json, the 153 children's services authorities' shapes, from
 * the ONS district boundaries:
 *   node scripts/map/derive.ts [path/to/lad23-boundaries.geojson]
 * Prints the districts left out (Wales, Scotland, Northern Ireland) and fails when an authority
 * got no shape or an English district no authority.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FeatureCollection } from "geojson";
import { deriveAuthorityShapes } from "./authority-shapes.ts";

const DEFAULT_BOUNDARIES = fileURLToPath(new URL("../../../shared/reference/lad23-boundaries.geojson", import.meta.url));
const AUTHORITIES = fileURLToPath(new URL("../../content/authorities/authorities.json", import.meta.url));
const OUTPUT = fileURLToPath(new URL("../../content/map/authorities.topo.json", import.meta.url));

const boundariesPath = process.argv[2] ?? DEFAULT_BOUNDARIES;
let districts: FeatureCollection;
try {
  districts = JSON.parse(readFileSync(boundariesPath, "utf8")) as FeatureCollection;
} catch (error) {
  console.error(`${boundariesPath}: cannot read the boundaries (${(error as Error).message})`);
  process.exit(1);
}
const authorities = (JSON.parse(readFileSync(AUTHORITIES, "utf8")) as { code: string; name: string }[]).map(({ code, name }) => ({ code, name }));
const { topology, leftOut, missing } = deriveAuthorityShapes(districts, authorities);
const english = leftOut.filter((line) => !line.endsWith("outside England"));
console.log(`Left out ${leftOut.length - english.length} districts outside England.`);
for (const line of english) console.error(`${boundariesPath}: district ${line}`);
for (const line of missing) console.error(`${boundariesPath}: no district for authority ${line}`);
if (english.length > 0 || missing.length > 0) process.exit(1);
const text = `${JSON.stringify(topology)}\n`;
writeFileSync(OUTPUT, text);
console.log(`Wrote ${authorities.length} authorities' shapes to ${OUTPUT} (${(text.length / 1024).toFixed(1)} kB).`);
