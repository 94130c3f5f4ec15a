import type { Authority } from "../../schemas/authority.ts";
import { loadAuthorities } from "../load-extraction.ts";

/** The authority register, or an empty list when it has not been built (the site then names authorities from the documents). */
export function loadRegister(): Authority[] {
  try {
    return loadAuthorities();
  } catch (error) {
    if (String(error).includes("No authority register")) return [];
    throw error;
  }
}
