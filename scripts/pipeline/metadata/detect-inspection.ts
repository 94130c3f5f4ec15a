/** The inspection a document reports or discusses: its type, fieldwork dates and grades. */
import { parseDateExpressionNear } from "./find-dates.ts";

/** The inspection types the schema knows. */
export type InspectionType = "focused-visit" | "ilacs" | "jtai" | "monitoring-visit" | "sif";

const TYPE_PATTERNS: [InspectionType | null, RegExp][] = [
  // The 2009-2013 inspections of safeguarding and of looked after children services came before the SIF and have no type of their own.
  [null, /\binspection of (?:safeguarding and )?looked after children(?:['’]s)? services\b|\binspection of safeguarding (?:and looked after children )?services\b|\binspection of local authority arrangements for the protection of children\b/i],
  // Press releases call a JTAI "a joint inspection of how agencies in X respond to …".
  ["jtai", /\bjoint targeted area inspection\b|\bJTAIs?\b|\bjoint inspection\b(?! of (?:the )?local area\b)/i],
  // The plural reports several visits ("Monitoring visits to Croydon and Bromley found …"), unless it counts a history ("has had six monitoring visits").
  ["monitoring-visit", /\bmonitoring visit\b|(?<!\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|regular|repeated|further|previous|earlier|subsequent|quarterly)\s+)\bmonitoring visits\b/i],
  ["focused-visit", /\bfocused (?:visit|inspection)\b|(?<!\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|previous|earlier)\s+)\bfocused (?:visits|inspections)\b/i],
  // The single inspection framework (November 2013 to 2017) and its reviews of the local safeguarding children board.
  ["sif", /\bsingle inspection framework\b|\bSIF\b|\binspection of services for children in need of help and protection,? children looked after and care leavers\b|\breview of the effectiveness of the local safeguarding children board\b/i],
  ["ilacs", /\binspection of [\w\s,'’&-]{3,80}? children['’]s services\b|\bILACS\b|\binspection of (?:local authority )?children['’]s (?:social care )?services\b/i],
];

// What an article recalls rather than reports: "two years after a monitoring visit found …", "its previous focused visit".
// "After"/"following" recall only with a span before them ("two years after a monitoring visit found …"); "inspectors
// said after a monitoring visit" and "found following a focused visit" name the visit reported.
const BACKGROUND_BEFORE =
  /(?:\b(?:since|previous(?:ly)?|last|earlier|former(?:ly)?|prior)\b|\b(?:years?|months?|weeks?|days?|shortly|soon|long|year|month)\s+(?:after|following)\b)[^.;:]{0,30}$/i;

/**
 * The inspection type: the title decides first, then the earliest telling phrase of the text (null for the
 * pre-2013 frameworks). With `skipRecalled`, a phrase the text recalls as background ("after a monitoring
 * visit") is passed over: a news article names the inspection it reports, and may recall earlier ones.
 */
export function detectInspectionType(title: string, text: string, skipRecalled = false): InspectionType | null {
  for (const [type, pattern] of TYPE_PATTERNS) if (pattern.test(title)) return type;
  let best: { type: InspectionType | null; at: number } | null = null;
  for (const [type, pattern] of TYPE_PATTERNS) {
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      if (skipRecalled && BACKGROUND_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (!best || m.index < best.at) best = { type, at: m.index };
      break;
    }
  }
  return best?.type ?? null;
}

// "Inspection dates: …", "the focused visit … on …", "This inspection took place from …",
// and the JTAI letters' opening "Between 5 and 9 December 2016, Ofsted … undertook a joint inspection".
const DATES_LEAD =
  /\b(?:inspection dates?|dates? of (?:the )?(?:inspection|visit)|(?:visit|inspection|inspected|fieldwork)[^.\n]{0,120}?\b(?:on|between|from|during))\s*:?\s*|(?:^|\n|\. )(?=between \d)/gi;

/** Fieldwork dates: the date expression after "Inspection dates:" or "the focused visit … on …"; a yearless one takes the year of `reference`. */
export function detectInspectionDates(text: string, reference: string | null = null): string[] {
  const head = text.slice(0, 6000);
  for (const m of head.matchAll(DATES_LEAD)) {
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const dates = parseDateExpressionNear(after.split(/[.\n]/)[0] ?? "", reference);
    if (dates.length > 0) return dates;
  }
  return [];
}
