/**
 * What kind of letter furniture an extracted finding is, if any: a label-free check over letters,
 * written apart from the pipeline's own rules so that it measures them rather than repeats them.
 * Shapes of every Ofsted letter: letterhead and contact lines, the addressee block, the date line,
 * reference lines, "Dear …", the closing lines (who gets a copy, where it is published), the sign-off with
 * the signatories' names and titles, copy-to lines.
 */

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const DATE_SOURCE = `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4}\\b`;
const DATE = new RegExp(DATE_SOURCE, "i");
const DATES = new RegExp(DATE_SOURCE, "gi");
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;
const CONTACT = /\b(?:T|Tel|Textphone)\s+0\d{3}|enquiries@|@ofsted\.gov\.uk|www\.gov\.uk\/ofsted|Piccadilly Gate|Store Street|Cumberland Place|Agora\b/i;
const TITLE = /\b(?:His|Her) Majesty['’]s (?:Chief |Senior |Deputy Chief )?Inspectors?\b|\bHMI\b|\bChief Inspector\b|\bInspector (?:of|for) /;
const REFERENCE = /^(?:Our |Your )?(?:ref(?:erence)?|URN|Unique reference number)\b\.?:?/i;
const PERSON = /^(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame)\.?\s+[A-Z]/;

/** Count the words of a text. */
function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The furniture kind of a finding's text ("salutation", "sign-off", "closing", "address", "date", "reference", "name", "subject-line", "copy-to"), or null. */
export function letterFurnitureKind(text: string): string | null {
  const t = text.trim();
  const n = words(t);
  if (/^Dear\s/.test(t)) return "salutation";
  if (/\bYours\s+(?:sincerely|faithfully)\b/i.test(t)) return "sign-off";
  if (/^(?:cc|copy(?: to)?|copied to)\b\s*:?/i.test(t) && n <= 30) return "copy-to";
  // A sentence may name an address ("should send the written statement of action to …@ofsted.gov.uk"): only a line is one.
  if (/copying this letter to|\bletter will be (?:published|sent)\b|will be published on the ofsted website|send a copy of this letter/i.test(t)) return "closing";
  if (CONTACT.test(t) && (n <= 12 || !/[.!?]$/.test(t))) return "address";
  if (POSTCODE.test(t) && n <= 40 && !/[.!?]$/.test(t)) return "address";
  if (REFERENCE.test(t) && n <= 12) return "reference";
  if (n <= 12 && TITLE.test(t) && !/[.!?]$/.test(t)) return "name";
  // An addressee: a person's name and post, in capitalised words only, with or without a full stop.
  if (n <= 30 && PERSON.test(t) && t.split(/\s+/).every((w) => /^[A-Z0-9(&,’'.-]/.test(w) || /^(?:of|and|for|the|to|in|on|at|upon)$/.test(w))) return "name";
  if (n <= 20 && /^(?:focused visit|monitoring visit|joint targeted area inspection|inspection) (?:to|of)\b/i.test(t) && !/[.!?]\s+\S/.test(t)) return "subject-line";
  // A date standing nearly alone ("2 August 2021", "Date: 2 August 2021").
  if (n <= 6 && words(t.replace(DATES, " ")) <= 2 && DATE.test(t)) return "date";
  return null;
}
