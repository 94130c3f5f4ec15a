/**
 * The surface forms a trigger word may take. No stemmer: a few English suffix rules are enough
 * for the nouns and verbs of inspection letters, and they never over-reach the way a stemmer
 * does ("plan" must not match "planning", which is nearly always about something else).
 */

/** How a surface form relates to the trigger word. */
export type FormKind = "base" | "plural" | "verb";

/** Plural forms of a word: assessment → assessments, authority → authorities, analysis → analyses. */
export function pluralForms(word: string): string[] {
  if (/\d/.test(word) || word.length < 3) return [word + "s"];
  if (/[^aeiou]y$/.test(word)) return [word.slice(0, -1) + "ies"];
  if (/is$/.test(word)) return [word.slice(0, -2) + "es", word + "es"];
  if (/(s|x|z|ch|sh)$/.test(word)) return [word + "es"];
  return [word + "s"];
}

/**
 * Verb forms of a word that could be a verb lemma: supervise → supervised, supervising;
 * audit → audited, auditing; delay → delayed. Consonant doubling is left out on purpose
 * (plan → planned/planning are not plans).
 */
export function verbForms(word: string): string[] {
  if (/\d/.test(word) || word.length < 4 || /(ing|ed)$/.test(word)) return [];
  if (word.endsWith("ee")) return [word + "d", word + "ing"];
  if (word.endsWith("e")) return [word + "d", word.slice(0, -1) + "ing"];
  if (/[^aeiou]y$/.test(word)) return [word.slice(0, -1) + "ied", word + "ing"];
  return [word + "ed", word + "ing"];
}

/** All forms of a single-word trigger, each with its kind. */
export function singleWordForms(word: string): Map<string, FormKind> {
  const forms = new Map<string, FormKind>([[word, "base"]]);
  for (const f of pluralForms(word)) if (!forms.has(f)) forms.set(f, "plural");
  for (const f of verbForms(word)) if (!forms.has(f)) forms.set(f, "verb");
  return forms;
}

/** Forms of the last word of a phrase: itself and its plural ("strategy meeting(s)"). */
export function lastWordForms(word: string): Map<string, FormKind> {
  const forms = new Map<string, FormKind>();
  for (const f of pluralForms(word)) forms.set(f, "plural");
  forms.set(word, "base");
  return forms;
}
