/**
 * When a document was published, and the date it bears. Ofsted publishes a letter or report a few
 * days after the date printed on it (the letter's date; ILACS reports print none), so the two differ:
 * `published` is the publication date, `dated` the document's own.
 */
import { parseDate, isoDate } from "./find-dates.ts";

/** What the dates are read from. */
export interface DateSources {
  /** The input file's path: a corpus names each file by its publication date ("2019-04-01-….pdf"). */
  path: string;
  /** The document's text (its first pages are read). */
  text: string;
  /** A date standing alone in the head of the document (a letter's date, a news dateline). */
  dateline: string | null;
  /** The format's own publication date (HTML meta tags, a PDF's info dictionary). */
  metaPublished: string | undefined;
}

// "Report published: 25 November 2016", "Published: 23 August 2013", "Publication date: …", and a line opening
// "Published 28 March 2017" or "Posted on …"; not "originally published on" or "the report, published on …".
const PUBLISHED_LINE = /\b(?:report published|published|publication date)\s*:\s*([^\n|]{6,40})|(?:^|\n)[ \t]*(?:published|posted|first published)(?: on)?\s+([^\n|]{6,40})/i;

/** The ISO date that opens the file's name ("2019-04-01-childrens-services-inspection.pdf"), or null. */
export function fileNameDate(path: string): string | null {
  const name = path.split(/[\\/]/).pop() ?? "";
  const m = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(name);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The publication date printed in the document's head ("Report published: 25 November 2016"), or null. */
export function printedPublicationDate(text: string): string | null {
  const m = PUBLISHED_LINE.exec(text.slice(0, 4000));
  return m ? parseDate((m[1] ?? m[2])!) : null;
}

/** `dated`: the date the document bears; `published`: the file name's date, else the printed publication line, else the document's date, else the format's. */
export function publicationDates(sources: DateSources): { published: string | null; dated: string | null } {
  const printed = printedPublicationDate(sources.text);
  const dated = (sources.dateline && parseDate(sources.dateline)) || printed;
  const meta = sources.metaPublished ? parseDate(sources.metaPublished) ?? isoOrNull(sources.metaPublished) : null;
  return { published: fileNameDate(sources.path) ?? printed ?? dated ?? meta, dated: dated ?? null };
}

function isoOrNull(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/**
 * A letter's date corrected for the commonest slip, last year's number on a January letter: a letter
 * cannot precede its visit, so a date before the last visit day that a year later would follow it gains that year.
 */
export function letterDateAfterVisit(dated: string | null, visitDates: readonly string[]): string | null {
  const lastVisit = [...visitDates].sort().at(-1);
  if (dated === null || lastVisit === undefined || dated >= lastVisit) return dated;
  const nextYear = isoDate(Number(dated.slice(0, 4)) + 1, Number(dated.slice(5, 7)), Number(dated.slice(8, 10)));
  return nextYear !== null && nextYear >= lastVisit && Date.parse(nextYear) - Date.parse(lastVisit) < 120 * 86_400_000 ? nextYear : dated;
}
