import { slug } from "github-slugger";

/** A URL slug of a name ("South East" → "south-east"), stable across builds. */
export function slugify(name: string): string {
  return slug(name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/&/g, "and"));
}
