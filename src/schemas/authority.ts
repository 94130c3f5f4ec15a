import { z } from "zod";

/** An English local authority with children's services (content/authorities/authorities.json). */
export const AuthoritySchema = z.object({
  /** Current ONS code (E06…, E08…, E09…, E10…). */
  code: z.string().regex(/^E(06|08|09|10)\d{6}$/),
  /** Short name, as ONS gives it ("Kent", "Kensington and Chelsea"). */
  name: z.string(),
  /** URL slug of the authority's page. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Department for Education three-digit LA number. */
  dfeCode: z.string(),
  /** Names and abbreviations documents use for it ("Kent County Council", "RBKC"). */
  aliases: z.array(z.string()),
  /** Region name ("South East"). */
  region: z.string(),
  /** ONS type ("County", "London Borough", "Metropolitan District", "Unitary Authority"). */
  type: z.string(),
  /** ONS codes of its statistical neighbours, nearest first. */
  statisticalNeighbours: z.array(z.string()),
  /** Population aged 0-25 (ONS), where known. */
  population: z.number().int().nullable(),
  /** Council website domain, where known. */
  website: z.string().nullable(),
});

export type Authority = z.infer<typeof AuthoritySchema>;
