import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { AuthoritySchema, type Authority } from "../../src/schemas/authority.ts";

/** content/authorities/authorities.json, found from this file so the caller's working directory does not matter. */
export const AUTHORITIES_PATH = fileURLToPath(new URL("../../content/authorities/authorities.json", import.meta.url));

/** Reads and validates the authority list (default: the project's authorities.json). */
export function loadAuthorities(path: string = AUTHORITIES_PATH): Authority[] {
  return z.array(AuthoritySchema).parse(JSON.parse(readFileSync(path, "utf8")));
}
