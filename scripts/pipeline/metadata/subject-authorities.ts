/**
 * Which authorities a document is about: those its title names, else the one its text is about.
 * An article about one authority's inspection names it in its opening lines, usually in a form that
 * makes it the subject ("Swindon Borough Council's children's services", "Surrey's front door",
 * "services in Bexley"), and names it more than any other; a commentary cites several once each.
 */
import type { AuthorityMention } from "../../authorities/find-authorities.ts";

/** How much of the body counts as the opening lines, where a news article names its subject. */
const LEAD_CHARS = 700;

// A council's title or a possessive after the name; "in/for/at" before it.
const SUBJECT_AFTER = /^(?:['’]s?(?![\p{L}\p{N}])|\s+(?:(?:Metropolitan |Royal )?(?:Borough|County|City|District) )?Council\b|\s+children['’]s (?:services|trust)\b)/iu;
// "services in X", "visit to X", "children in care in X", "rated X": not any "in X" ("speaking in Manchester").
const SUBJECT_BEFORE =
  /\b(?:(?:services?|children|families|inspections?|visits?|inspectors|practice|partners(?:hip)?|arrangements|response|leaders|improvements?|front door)(?:\s+[\w'’-]+){0,3}?\s+(?:in|to|for|at|across)|rated|judged|inspected|visited)\s+(?:the\s+)?$/i;

/** Subject authority codes from the title's mentions and the body's (with the body text they index). */
export function subjectAuthorities(titleMentions: AuthorityMention[], bodyMentions: AuthorityMention[], bodyText = ""): string[] {
  const inTitle = unique(titleMentions.map((m) => m.code));
  if (inTitle.length > 0) return inTitle;
  const weights = new Map<string, { weight: number; count: number; ledWith: boolean }>();
  let total = 0;
  for (const m of bodyMentions) {
    const inLead = m.start < LEAD_CHARS;
    const cued = SUBJECT_AFTER.test(bodyText.slice(m.end, m.end + 30)) || SUBJECT_BEFORE.test(bodyText.slice(Math.max(0, m.start - 40), m.start));
    const weight = 1 + (inLead ? 1 : 0) + (inLead && cued ? 1 : 0);
    const entry = weights.get(m.code) ?? { weight: 0, count: 0, ledWith: false };
    entry.weight += weight;
    entry.count += 1;
    entry.ledWith ||= inLead && cued;
    weights.set(m.code, entry);
    total += weight;
  }
  const ranked = [...weights.entries()].sort((a, b) => b[1].weight - a[1].weight || a[0].localeCompare(b[0]));
  const top = ranked[0];
  // Named as the subject in the opening lines, or named again and again, and more than all the others together.
  if (top && (top[1].ledWith || top[1].count >= 2) && top[1].weight / total >= 0.5) return [top[0]];
  return [];
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)];
}
