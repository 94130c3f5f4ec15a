/** Escapes text for HTML content and double-quoted attribute values: source text is data, never markup. */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: testing first avoids building a new string for it.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c] ?? c) : text;
}

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * An attribute's value, escaped, and without quotes when it needs none (no space, quote, =, <, > or
 * backtick: HTML's unquoted attribute syntax). Ids and addresses need none, and a document page
 * writes about ten a finding: two bytes each over 134,000 findings.
 */
export function attr(value: string): string {
  const escaped = escapeHtml(value);
  return escaped !== "" && !/[\s"'=<>`]/.test(escaped) ? escaped : `"${escaped}"`;
}
