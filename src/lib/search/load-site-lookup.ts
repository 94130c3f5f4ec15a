import { loadThemes } from "../load-extraction.ts";
import { loadRegister } from "./load-register.ts";
import type { SiteLookup } from "./facets.ts";
import { siteLookup } from "./site-lookup.ts";

/** The lookups from the authority register and the themes; an absent register leaves codes to the documents' own names. */
export function loadSiteLookup(): SiteLookup {
  return siteLookup(loadRegister(), loadThemes());
}
