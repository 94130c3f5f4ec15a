/** Read a provider page of the report finder: every publication on its timeline, with its label and date. */
import { parseHTML } from "linkedom";
import { PageShapeError } from "./page-shape-error.ts";
import { parseSiteDate } from "./parse-site-date.ts";
import { FILE_PATH, SELECTORS } from "./report-finder.ts";

/** One publication a provider page lists. */
export interface ListedPublication {
  /** Absolute URL of the file (https://files.ofsted.gov.uk/v1/file/<id>). */
  url: string;
  /** The file's id on the file server. */
  fileId: string;
  /** The label before the format and date ("Children's services focused visit"). */
  label: string;
  /** The format the text names ("pdf"), lower case; null when it names none. */
  format: string | null;
  /** ISO publication date from the timeline's time[pubdate] (the link's own text as a fallback). */
  published: string;
  /** The link's hidden text as the site gives it, kept for the record. */
  text: string;
  /** Something about the date worth a look: the link and the timeline disagree (the timeline's is kept), or the timeline gives none. */
  dateNote?: string;
}

// "Children's services focused visit, pdf - 01 August 2024"; "Single inspection of LA children's services as PDF - 10 February 2015".
const LINK_TEXT = /^(.*?)(?:[,\s]+(?:as\s+)?(pdf|docx?|odt|html?|xlsx?|csv)\b)?\s+-\s+(\d{1,2}\s+[A-Za-z]+\.?\s+\d{4})$/i;

/** Parse a provider page fetched from `url`; throws a PageShapeError naming the selector the page no longer satisfies. */
export function parseProviderPage(html: string, url: string): ListedPublication[] {
  const { document } = parseHTML(html);
  const timeline = document.querySelector(SELECTORS.timeline);
  if (!timeline) throw new PageShapeError(url, SELECTORS.timeline, "no publication timeline");
  const days = [...timeline.querySelectorAll(SELECTORS.timelineDay)];
  const links = [...timeline.querySelectorAll(SELECTORS.publicationLink)];
  if (links.length > 0 && days.length === 0) throw new PageShapeError(url, SELECTORS.timelineDay, "publications outside any timeline day");
  return links.map((link, i) => readPublication(link, i, url));
}

function readPublication(link: Element, i: number, page: string): ListedPublication {
  const where = `publication ${i + 1}`;
  const href = link.getAttribute("href");
  if (!href) throw new PageShapeError(page, `${SELECTORS.publicationLink}[href]`, `${where} has no link`);
  const fileUrl = new URL(href, page);
  const file = FILE_PATH.exec(fileUrl.pathname);
  if (!file) throw new PageShapeError(page, `${SELECTORS.publicationLink}[href]`, `${where} links to ${fileUrl.pathname}, not /v1/file/<id>`);
  const span = link.querySelector(SELECTORS.publicationText);
  if (!span) throw new PageShapeError(page, `${SELECTORS.publicationLink} ${SELECTORS.publicationText}`, `${where} has no hidden description`);
  const text = (span.textContent ?? "").replace(/\s+/g, " ").trim();
  const parts = LINK_TEXT.exec(text);
  if (!parts) throw new PageShapeError(page, SELECTORS.publicationText, `${where}'s text ${JSON.stringify(text)} is not "<label>, pdf - <date>"`);
  const textDate = parseSiteDate(parts[3]!);
  const timelineDate = timelineDateOf(link, page, where);
  const published = timelineDate ?? textDate;
  if (!published) throw new PageShapeError(page, SELECTORS.publicationDate, `${where} has no readable publication date`);
  const publication: ListedPublication = {
    url: fileUrl.href,
    fileId: file[1]!,
    label: parts[1]!.replace(/[\s,]+$/, ""),
    format: parts[2]?.toLowerCase() ?? null,
    published,
    text,
  };
  if (timelineDate && textDate && timelineDate !== textDate) publication.dateNote = `the link says ${textDate}, the timeline ${timelineDate} (kept)`;
  if (!timelineDate) publication.dateNote = `no ${SELECTORS.publicationDate} in its timeline day: the link's date is used`;
  return publication;
}

/** The date of the time[pubdate] nearest the link within its timeline day; null when the day has none. */
function timelineDateOf(link: Element, page: string, where: string): string | null {
  for (let node = link.parentElement; node; node = node.parentElement) {
    const time = node.querySelector(SELECTORS.publicationDate);
    if (time) {
      const value = time.getAttribute("datetime") || time.textContent || "";
      const date = parseSiteDate(value);
      if (!date) throw new PageShapeError(page, SELECTORS.publicationDate, `${where}'s date ${JSON.stringify(value.trim())} is not a date`);
      return date;
    }
    if (node.matches(SELECTORS.timelineDay)) return null;
  }
  return null;
}
