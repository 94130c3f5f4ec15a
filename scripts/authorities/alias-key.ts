/**
 * One normal form for names, shared by the alias generator (collision checks), the
 * matcher (finding which alias a match was) and the loose slug lookup, so the three can
 * never disagree about when two spellings are the same name.
 */

/** What may separate two words of a name: a space or line break, a hyphen, or a comma or full stop before one. */
export const SEPARATOR_PATTERN = String.raw`[.,]?(?:\s*-\s*|\s+)`;

/** "and" between two words of a name, or "&" with or without spaces. */
export const AND_PATTERN = String.raw`(?:\s*&\s*|${SEPARATOR_PATTERN}and${SEPARATOR_PATTERN})`;

/** Normalises a name for comparison: lower case, "&" read as "and", every separator one space ("St. Helens" = "st helens"). */
export function aliasKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*&\s*/g, " and ")
    .replace(new RegExp(SEPARATOR_PATTERN, "g"), " ")
    .trim();
}
