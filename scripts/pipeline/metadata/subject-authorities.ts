/**
 * Which authorities a document is about: those its title names, else the one its text is about.
 * An article about one authority's inspection names it in its opening lines, usually in a form that
 * makes it the subject ("Swindon Borough Council's children's services", "Surrey's front door",
 * "services in Bexley"), and names it more than any other; a commentary cites several once each.
 */
import type { AuthorityMention } from "../../authorities/find-authorities.ts";

/** How much of the body counts as the opening lines, where a news article names its subject: this many characters… */
const LEAD_CHARS = 700;
/** …and no more than this many paragraphs (a commentary's examples come after its opening argument). */
const LEAD_BLOCKS = 3;

// A council's title or a possessive after the name; "in/for/at" before it.
const SUBJECT_AFTER = /^(?:['’]s?(?![\p{L}\p{N}])|\s+(?:(?:Metropolitan |Royal )?(?:Borough|County|City|District) )?Councils?\b|\s+children['’]s (?:services|trust)\b)/iu;
// … or the subject of an inspection's verb: "Torbay has been rated …", "Walsall was told to improve", "… all received the top grade"; not an earlier
// inspection's ("Birmingham was rated inadequate last year").
const SUBJECT_OF_VERB =
  /^\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+|now\s+|also\s+|each\s+|all\s+|both\s+|no longer\s+)?(?:rated|judged|graded|told|found|praised|criticised|inspected|given|placed|moved|lifted|upgraded|downgraded)\b(?![^.\n]*\b(?:last (?:year|month|time)|in (?:19|20)\d\d|previously|at (?:its|the|their) (?:last|previous))\b)|^\s+(?:all\s+|each\s+|both\s+)?(?:received|achieved|gained|secured|(?:has|have|had|was|were)\s+(?:been\s+)?(?:given|awarded))\s+(?:[\w'’"-]+\s+){0,3}(?:grade|rating|judgement)s?\b/i;
// The rest of a list of places the mention opens ("…, Lincolnshire and Kensington and Chelsea"), up to its verb
// ("… were each rated") or the title they share ("North Northamptonshire and West Northamptonshire councils").
const REST_OF_LIST = String.raw`^(?:(?:,|,?\s+and)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and|upon|on|with|of|in|the)?\s*\p{Lu}[\p{L}'’-]*)*)+`;
const LIST_OF_NAMES = new RegExp(String.raw`${REST_OF_LIST}(?=\s+(?:all\s+|each\s+|both\s+)?(?:has|have|had|was|were|is|are|received|achieved|gained|secured)\b)`, "u");
const NAMES_THEN = new RegExp(String.raw`${REST_OF_LIST}(?=\s+councils\b)`, "u");
// "services in X", "visit to X", "children in care in X", "rated X": not any "in X" ("speaking in Manchester").
const SUBJECT_BEFORE =
  /\b(?:(?:services?|children|families|inspections?|visits?|inspectors|practice|partners(?:hip)?|arrangements|response|leaders|improvements?|front door)(?:\s+[\w'’-]+){0,3}?\s+(?:in|to|for|at|across)|rated|judged|inspected|inspecting|visited|visiting|reports? (?:on|into))\s+(?:the\s+)?$/i;
// The inspection a sentence reports, then the place: "A joint targeted area inspection of the response to children missing education in Bedford".
const INSPECTION_IN = /\b(?:inspection|visit)\b[^.;\n]{0,120}?\s(?:in|of|to|at)\s+(?:the\s+)?$/i;
// An alias that is itself the council's title: "Devon County Council", "London Borough of Hackney", "City of Leeds Council".
const COUNCIL_ALIAS = /\b(?:Council|MBC)$|^(?:London |Metropolitan |Royal )?Borough of\b/;

/** True when the mention is written as the subject of what surrounds it: a council's title, a possessive, "services in X". */
export function isCuedAsSubject(text: string, m: Pick<AuthorityMention, "alias" | "start" | "end">): boolean {
  const before = text.slice(Math.max(0, m.start - 160), m.start);
  const after = text.slice(m.end, m.end + 160);
  return COUNCIL_ALIAS.test(m.alias) || SUBJECT_AFTER.test(after) || SUBJECT_AFTER.test(after.replace(NAMES_THEN, "")) || isSubjectOfVerb(text, m) || SUBJECT_BEFORE.test(before.slice(-40)) || INSPECTION_IN.test(before);
}

/** True when the mention, alone or in a list of places, is the subject of an inspection's verb ("Bury, Wirral and Hackney were all judged …"). */
function isSubjectOfVerb(text: string, m: Pick<AuthorityMention, "end">): boolean {
  return SUBJECT_OF_VERB.test(text.slice(m.end, m.end + 160).replace(LIST_OF_NAMES, ""));
}

/** Where the opening lines end: LEAD_CHARS, or the end of the LEAD_BLOCKS-th paragraph if sooner. */
function leadEnd(bodyText: string): number {
  let at = -1;
  for (let i = 0; i < LEAD_BLOCKS; i++) {
    at = bodyText.indexOf("\n", at + 1);
    if (at < 0) return LEAD_CHARS;
  }
  return Math.min(at, LEAD_CHARS);
}

/**
 * Subject authority codes from the title's mentions and the body's (with the body text they index). With
 * `strict` (a commentary), one example cited once in the body does not make the piece about it.
 */
export function subjectAuthorities(titleMentions: AuthorityMention[], bodyMentions: AuthorityMention[], bodyText = "", strict = false): string[] {
  const inTitle = unique(titleMentions.map((m) => m.code));
  const fromBody = bodySubjects(bodyMentions, bodyText, strict);
  // A headline names one place ("… across Dorset"); the lead names the councils it reports together.
  if (inTitle.length > 0) return inTitle.length === 1 && fromBody.length > 1 && fromBody.includes(inTitle[0]!) ? fromBody : inTitle;
  return fromBody;
}

/** The subject authorities the body alone gives: named as subject in its lead, or again and again. */
function bodySubjects(bodyMentions: AuthorityMention[], bodyText: string, strict: boolean): string[] {
  const lead = leadEnd(bodyText);
  const weights = new Map<string, { weight: number; count: number; ledWith: boolean }>();
  let total = 0;
  for (const m of bodyMentions) {
    const inLead = m.start < lead;
    const cued = isCuedAsSubject(bodyText, m);
    const weight = 1 + (inLead ? 1 : 0) + (inLead && cued ? 1 : 0);
    const entry = weights.get(m.code) ?? { weight: 0, count: 0, ledWith: false };
    entry.weight += weight;
    entry.count += 1;
    entry.ledWith ||= inLead && cued;
    weights.set(m.code, entry);
    total += weight;
  }
  const namedTogether = firstSubjectSentence(bodyMentions, bodyText, lead);
  const ranked = [...weights.entries()].sort((a, b) => b[1].weight - a[1].weight || a[0].localeCompare(b[0]));
  const top = ranked[0];
  if (!top || !(strict ? top[1].ledWith && top[1].count >= 2 : top[1].ledWith || top[1].count >= 2)) return [];
  // Councils an article reports together ("Medway Council and Luton Borough Council have both been rated…"): each
  // named as a subject in the lead, about as often or in the same sentence, and together most of what the text names.
  const peers = ranked.filter(([code, e]) => e.ledWith && (e.weight >= 0.75 * top[1].weight || namedTogether.has(code)));
  if (peers.length > 1 && peers.reduce((sum, [, e]) => sum + e.weight, 0) / total >= 0.75) return peers.map(([code]) => code).sort();
  // Named as the subject in the opening lines, or named again and again, and more than all the others together.
  return top[1].weight / total >= 0.5 ? [top[0]] : [];
}

/**
 * The authorities that are together the subject of an inspection's verb in the first sentence of the lead that cues
 * any: a round-up's list of councils, not two councils a sentence names ("the partnership between X Council and Y Council").
 */
function firstSubjectSentence(bodyMentions: AuthorityMention[], bodyText: string, lead: number): Set<string> {
  const first = bodyMentions.find((m) => m.start < lead && isCuedAsSubject(bodyText, m));
  if (!first) return new Set();
  const end = sentenceEnd(bodyText, first.end);
  const start = Math.max(bodyText.lastIndexOf(". ", first.start), bodyText.lastIndexOf("\n", first.start)) + 1;
  return new Set(bodyMentions.filter((m) => m.start >= start && m.start < end && isSubjectOfVerb(bodyText, m)).map((m) => m.code));
}

function sentenceEnd(text: string, from: number): number {
  const stops = [text.indexOf(". ", from), text.indexOf("\n", from)].filter((at) => at >= 0);
  return stops.length > 0 ? Math.min(...stops) : text.length;
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)];
}
