/** Dates as the report finder writes them ("01 August 2024", "1 Aug 2024", "2024-08-01T00:00:00Z") as ISO dates. */

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** The ISO date (YYYY-MM-DD) a site date stands for, or null when it is not a real date. */
export function parseSiteDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/.exec(trimmed);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const words = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(trimmed);
  if (!words) return null;
  const word = words[2]!.toLowerCase();
  // A month's full name, its first three letters, or "sept".
  const month = MONTHS.findIndex((name) => name === word || name.slice(0, 3) === word || (word === "sept" && name === "september")) + 1;
  return month > 0 ? checked(Number(words[3]), month, Number(words[1])) : null;
}

function checked(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
