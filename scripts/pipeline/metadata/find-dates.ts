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

/** The first single date in a string ("27 February 2024" or "March 28, 2017"). */
export function parseDate(text: string): string | null {
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
  let m = FULL_TO_FULL.exec(text);
  if (m) return compact([isoDate(+m[3]!, monthNumber(m[2]!), +m[1]!), isoDate(+m[6]!, monthNumber(m[5]!), +m[4]!)]);
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

function compact(dates: (string | null)[]): string[] {
  return [...new Set(dates.filter((d): d is string => d !== null))].sort();
}
