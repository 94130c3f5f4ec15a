import type { Authority } from "../../schemas/authority.ts";
import { loadThemes } from "../load-extraction.ts";
import { loadRegister } from "./load-register.ts";
import type { SiteLookup } from "./facets.ts";
import { siteLookup } from "./site-lookup.ts";

/** The last lookups made, and from which register and themes (loadAuthorities and loadThemes cache theirs). */
let made: { register: readonly Authority[]; themes: readonly unknown[]; lookup: SiteLookup } | undefined;

/**
 * The lookups from the authority register and the themes; an absent register leaves codes to the
 * documents' own names. The same object while the register and themes are: pages cache what they
 * compute from it by its identity (the comparison matrix was counted again for every region's page).
 */
export function loadSiteLookup(): SiteLookup {
  const register = loadRegister();
  const themes = loadThemes();
  const sameRegister = made !== undefined && (made.register === register || (made.register.length === 0 && register.length === 0));
  if (!made || !sameRegister || made.themes !== themes) made = { register, themes, lookup: siteLookup(register, themes) };
  return made.lookup;
}
