/** Escapes text for HTML content and double-quoted attribute values: source text is data, never markup. */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: testing first avoids building a new string for it.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c] ?? c) : text;
}

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
