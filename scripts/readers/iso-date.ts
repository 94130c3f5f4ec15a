const MONTHS = "january february march april may june july august september october november december".split(" ");

/**
 * An ISO date (YYYY-MM-DD) from the ways pages and front matter write one: "2024-03-03T09:00:00Z",
 * "3 March 2024", "Tuesday, March 28, 2017", "03/03/2024" (British day first). Undefined when none is found.
 */
export function toIsoDate(value: string): string | undefined {
  for (const match of value.matchAll(/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
    const date = validDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (date) return date;
  }
  for (const match of value.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/g)) {
    const date = validDate(Number(match[3]), monthNumber(match[2]), Number(match[1]));
    if (date) return date;
  }
  for (const match of value.matchAll(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/g)) {
    const date = validDate(Number(match[3]), monthNumber(match[1]), Number(match[2]));
    if (date) return date;
  }
  for (const match of value.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)) {
    const date = validDate(Number(match[3]), Number(match[2]), Number(match[1]));
    if (date) return date;
  }
  return undefined;
}

function monthNumber(name: string | undefined): number {
  const lower = (name ?? "").toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((month) => month.startsWith(lower.slice(0, 3)) && month.startsWith(lower)) + 1;
}

function validDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
