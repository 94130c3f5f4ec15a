/**
 * Dates as inspection documents write them: "27 February 2024", "Tuesday, March 28, 2017",
 * "23 and 24 January 2024", "9 to 20 May 2022", "28 February to 4 March 2022".
 */
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const JOIN = "\\s*(?:and|to|until|-|–|—|&)\\s*";

/** ISO date from parts, or null when the date does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (year < 1990 || year > 2100) return null;
  return d.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

const SINGLE_DMY = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");
const SINGLE_MDY = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, "i");

/** Numeric dates in the British order ("12/09/2016", "03.03.2021") and ISO dates written out, so one set of patterns reads all. */
function spellNumericDates(text: string): string {
  const spell = (all: string, d: string, m: string, y: string): string => {
    const month = MONTHS[Number(m) - 1];
    return month ? `${Number(d)} ${month} ${y}` : all;
  };
  return text
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (all, y: string, m: string, d: string) => spell(all, d, m, y))
    .replace(/\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/g, (all, d: string, _sep: string, m: string, y: string) => spell(all, d, m, y));
}

/** The first single date in a string ("27 February 2024", "March 28, 2017" or "25/11/2016"). */
export function parseDate(text: string): string | null {
  text = spellNumericDates(text);
  const dmy = SINGLE_DMY.exec(text);
  if (dmy) return isoDate(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
  const mdy = SINGLE_MDY.exec(text);
  if (mdy) return isoDate(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
  return null;
}

// "23 and 24 January 2024", "9 to 20 May 2022", "6, 7 and 8 March 2023"
const DAYS_MONTH_YEAR = new RegExp(`\\b((?:${DAY}\\s*,\\s*)*${DAY})${JOIN}${DAY}\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");
// "28 February to 4 March 2022"
const DAY_MONTH_TO_DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH}${JOIN}${DAY}\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");
// "13 May 2019 to 24 May 2019", "30 December 2019 to 3 January 2020"
const FULL_TO_FULL = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+(\\d{4})${JOIN}${DAY}\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");

/** The dates of a date expression: each date of a list, or the first and last day of a range. */
export function parseDateExpression(text: string): string[] {
  // "the 15 and 16 of May 2018": the ordinal form reads as "15 and 16 May 2018".
  text = spellNumericDates(text).replace(/\b(\d{1,2})(?:st|nd|rd|th)? of (?=[a-z])/gi, "$1 ");
  // Fieldwork split in two ("8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019") spans from the first day to the last.
  const ranges = [...text.matchAll(new RegExp(FULL_TO_FULL.source, "gi"))];
  let m: RegExpExecArray | RegExpMatchArray | null = ranges[0] ?? null;
  if (m) {
    const last = ranges.at(-1)!;
    return compact([isoDate(+m[3]!, monthNumber(m[2]!), +m[1]!), isoDate(+last[6]!, monthNumber(last[5]!), +last[4]!)]);
  }
  m = DAY_MONTH_TO_DAY_MONTH_YEAR.exec(text);
  if (m) {
    const year = +m[5]!;
    const startMonth = monthNumber(m[2]!);
    const endMonth = monthNumber(m[4]!);
    return compact([isoDate(startMonth > endMonth ? year - 1 : year, startMonth, +m[1]!), isoDate(year, endMonth, +m[3]!)]);
  }
  m = DAYS_MONTH_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[5]!);
    const year = +m[6]!;
    const firstDays = m[1]!.split(/\s*,\s*/).map(Number);
    return compact([...firstDays, +m[4]!].map((d) => isoDate(year, month, d)));
  }
  const single = parseDate(text);
  return single ? [single] : [];
}

// "30 and 31 January", "9 to 13 December": a letter may leave the year to its own date.
const YEARLESS = new RegExp(`\\b((?:${DAY}\\s*,\\s*)*${DAY})(?:${JOIN}${DAY})?\\s+${MONTH}\\b(?!,?\\s+\\d{4})`, "i");

// "16 May and 20 May", "28 February to 4 March": a span without its year.
const YEARLESS_SPAN = new RegExp(`\\b${DAY}\\s+${MONTH}${JOIN}${DAY}\\s+${MONTH}\\b(?!,?\\s+\\d{4})`, "i");

/** The day and month in the reference date's year. */
function year0(reference: string, [day, month]: readonly [number, number]): string | null {
  return isoDate(Number(reference.slice(0, 4)), month, day);
}

function isAfter(date: string | null, reference: string): boolean {
  return date !== null && date > reference;
}

/**
 * Dates of an expression that may omit its year: when it has none, each date takes the year that
 * puts it on or before `reference` (the document's own date), as fieldwork precedes the letter.
 */
export function parseDateExpressionNear(text: string, reference: string | null): string[] {
  const dated = parseDateExpression(text);
  if (dated.length > 0 || reference === null) return dated;
  text = text.replace(/\b(\d{1,2})(?:st|nd|rd|th)? of (?=[a-z])/gi, "$1 ");
  const span = YEARLESS_SPAN.exec(text);
  if (span) {
    const [start, end] = [[+span[1]!, monthNumber(span[2]!)], [+span[3]!, monthNumber(span[4]!)]] as const;
    const year = Number(reference.slice(0, 4)) - (isAfter(year0(reference, end), reference) ? 1 : 0);
    return compact([isoDate(start[1] > end[1] ? year - 1 : year, start[1], start[0]), isoDate(year, end[1], end[0])]);
  }
  const m = YEARLESS.exec(text);
  if (!m) return [];
  const days = [...m[1]!.split(/\s*,\s*/).map((d) => Number.parseInt(d, 10)), ...(m[4] ? [Number(m[4])] : [])];
  const month = monthNumber(m[5]!);
  const year = Number(reference.slice(0, 4));
  const candidates = days.map((d) => isoDate(year, month, d));
  const shift = candidates.some((d) => d !== null && d > reference) ? 1 : 0;
  return compact(days.map((d) => isoDate(year - shift, month, d)));
}

function compact(dates: (string | null)[]): string[] {
  return [...new Set(dates.filter((d): d is string => d !== null))].sort();
}
