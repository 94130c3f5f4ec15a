import type { ExtractedDocument, Finding } from "../schemas/index.ts";

/** A finding together with the document it came from: what every listing of findings needs. */
export interface FindingRef {
  finding: Finding;
  document: ExtractedDocument;
}

/** The date a document sorts by: published, else the first day of the inspection, else null. */
export function documentDate(document: ExtractedDocument): string | null {
  return document.published ?? document.inspection.dates[0] ?? null;
}

/** Compare documents newest first (undated last), then by id so the order is stable. */
export function compareDocumentsNewestFirst(a: ExtractedDocument, b: ExtractedDocument): number {
  const byDate = compareDatesDescending(documentDate(a), documentDate(b));
  if (byDate !== 0) return byDate;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Compare findings newest document first, then in reading order within a document. */
export function compareFindingsNewestFirst(a: FindingRef, b: FindingRef): number {
  const byDocument = compareDocumentsNewestFirst(a.document, b.document);
  if (byDocument !== 0) return byDocument;
  if (a.finding.start !== b.finding.start) return a.finding.start - b.finding.start;
  return a.finding.id < b.finding.id ? -1 : a.finding.id > b.finding.id ? 1 : 0;
}

/** ISO dates sort as strings; a missing date sorts after every real one. */
function compareDatesDescending(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
