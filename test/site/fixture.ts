/** The hand-written site fixture (3 documents, 27 findings, Kent, Croydon, Medway) as typed objects. */
import { readFileSync } from "node:fs";
import { AuthoritySchema, ExtractionSchema } from "../../src/schemas/index.ts";

const dir = new URL("../fixtures/site/", import.meta.url);

export const extraction = ExtractionSchema.parse(JSON.parse(readFileSync(new URL("extraction.json", dir), "utf8")));
export const authorities = AuthoritySchema.array().parse(JSON.parse(readFileSync(new URL("authorities.json", dir), "utf8")));
export const themesDir = new URL("themes/", dir).pathname;

/** The fixture document whose id starts with `prefix`. */
export function documentStartingWith(prefix: string) {
  const document = extraction.documents.find((d) => d.id.startsWith(prefix));
  if (!document) throw new Error(`no fixture document ${prefix}`);
  return document;
}
