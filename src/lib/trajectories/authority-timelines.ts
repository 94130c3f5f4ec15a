import type { ExtractedDocument, Extraction, Finding } from "../../schemas/index.ts";
import { documentDate } from "../finding-ref.ts";

/** One document of an authority's timeline, with the findings about that authority. */
export interface TimelineDocument {
  document: ExtractedDocument;
  /** Published date, else first inspection day, else the date its text implies, else null (undated). */
  date: string | null;
  /** True when `date` is only implied by the years the text mentions. */
  dateImplied: boolean;
  /** The document's findings that name the authority, in reading order. */
  findings: Finding[];
}

/** An authority's documents: dated ones oldest first, then undated ones (kept in id order, which means nothing). */
export interface AuthorityTimeline {
  code: string;
  documents: TimelineDocument[];
}

/**
 * Group every finding by the authorities it is about, and the documents holding them.
 * A finding's own `authorities` decide, not the document's subjects, so a commentary that
 * cites Croydon counts for Croydon and a national statement in a Kent article counts for nobody.
 */
export function buildAuthorityTimelines(extraction: Extraction): AuthorityTimeline[] {
  const byCode = new Map<string, Map<string, TimelineDocument>>();
  for (const document of extraction.documents) {
    for (const finding of document.findings) {
      for (const code of new Set(finding.authorities)) {
        const documents = byCode.get(code) ?? new Map<string, TimelineDocument>();
        byCode.set(code, documents);
        const entry = documents.get(document.id) ?? timelineEntry(document);
        documents.set(document.id, entry);
        entry.findings.push(finding);
      }
    }
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([code, documents]) => ({ code, documents: [...documents.values()].sort(compareTimelineDocuments) }));
}

function timelineEntry(document: ExtractedDocument): TimelineDocument {
  const date = documentDate(document);
  if (date !== null) return { document, date, dateImplied: false, findings: [] };
  const implied = impliedDate(document.text);
  return { document, date: implied, dateImplied: implied !== null, findings: [] };
}

// A year the text dates something by: "in 2017", "since October 2018", "during 2019", "by March 2020".
const DATED_YEAR =
  /\b(?:in|since|during|from|until|by|of)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b/gi;

/**
 * An undated article (a news page that gives no date) still tells when it was written: no earlier
 * than the latest year it reports. Placing it at the end of that year lets its points be followed
 * up by later inspections; the page says the date is implied.
 */
export function impliedDate(text: string): string | null {
  let latest = 0;
  for (const m of text.matchAll(DATED_YEAR)) latest = Math.max(latest, Number(m[1]));
  return latest > 0 ? `${latest}-12-31` : null;
}

/** The documents of a timeline that come strictly after `from` and report a different inspection. */
export function laterDocuments(timeline: AuthorityTimeline, from: TimelineDocument): TimelineDocument[] {
  if (from.date === null) return [];
  const fromDate = from.date;
  return timeline.documents.filter(
    (entry) => entry.date !== null && entry.date > fromDate && !sameInspection(entry.document, from.document),
  );
}

/** Two documents sharing a fieldwork day report the same inspection (a letter and the news about it), so neither follows up the other. */
function sameInspection(a: ExtractedDocument, b: ExtractedDocument): boolean {
  const days = new Set(a.inspection.dates);
  return b.inspection.dates.some((day) => days.has(day));
}

function compareTimelineDocuments(a: TimelineDocument, b: TimelineDocument): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return compareText(a.date, b.date);
  }
  return compareText(a.document.id, b.document.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
