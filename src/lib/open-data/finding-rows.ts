import type { ExtractedDocument } from "../../schemas/document.ts";
import type { Extraction } from "../../schemas/extraction.ts";
import { paginateDocument } from "../paginate-document.ts";
import { absoluteUrl, documentUrl, findingUrlOnPart } from "../urls.ts";
import { authorityInfo, documentDate, type SiteLookup } from "../search/facets.ts";

/** One finding, flattened for download (CSV, JSON) and for the comparison chooser. */
export interface FindingRow {
  id: string;
  text: string;
  polarity: string;
  themes: string[];
  /** ONS codes. */
  authorities: string[];
  authorityNames: string[];
  goodPractice: boolean;
  confidence: number;
  section: string | null;
  page: number | null;
  document: string;
  documentTitle: string;
  /** The document's date: published, else the first inspection day. */
  date: string | null;
  kind: string;
  inspectionType: string | null;
  url: string;
}

/** One document, without its text and findings, for download. */
export interface DocumentRow {
  id: string;
  title: string;
  kind: string;
  publisher: string | null;
  published: string | null;
  inspectionType: string | null;
  inspectionDates: string[];
  judgement: string | null;
  authorities: string[];
  authorityNames: string[];
  findings: number;
  format: string;
  pages: number | null;
  sha256: string;
  url: string;
}

/** Every finding as a row, documents in id order and findings in reading order. */
export function findingRows(extraction: Extraction, lookup: SiteLookup, site?: URL | string): FindingRow[] {
  return documentsInIdOrder(extraction).flatMap((doc) => documentFindingRows(doc, lookup, site));
}

/** The documents in the order downloads list them (by id). */
export function documentsInIdOrder(extraction: Extraction): ExtractedDocument[] {
  return [...extraction.documents].sort((a, b) => compareDocumentIds(a.id, b.id));
}

/**
 * One document's findings as rows, in reading order. `partOf` is the part of the document's page that
 * prints each finding, from the document itself (the downloads stream documents without registering
 * them for findingUrl); a caller that needs it too computes it once and passes it.
 */
export function documentFindingRows(doc: ExtractedDocument, lookup: SiteLookup, site?: URL | string, partOf = paginateDocument(doc).partOf): FindingRow[] {
  return [...doc.findings]
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      id: f.id,
      text: f.text,
      polarity: f.polarity,
      themes: [...f.themes],
      authorities: [...f.authorities],
      authorityNames: f.authorities.map((code) => authorityInfo(code, doc, lookup).name),
      goodPractice: f.goodPractice,
      confidence: f.confidence,
      section: f.section,
      page: f.page,
      document: doc.id,
      documentTitle: doc.title,
      date: documentDate(doc),
      kind: doc.kind,
      inspectionType: doc.inspection.type,
      url: absoluteUrl(findingUrlOnPart(doc.id, f.id, partOf.get(f.id) ?? 1), site),
    }));
}

/** Every document as a row, in id order. */
export function documentRows(extraction: Extraction, site?: URL | string): DocumentRow[] {
  return documentsInIdOrder(extraction).map((doc) => documentRow(doc, site));
}

/** One document as a row. */
export function documentRow(doc: ExtractedDocument, site?: URL | string): DocumentRow {
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    publisher: doc.publisher,
    published: doc.published,
    inspectionType: doc.inspection.type,
    inspectionDates: [...doc.inspection.dates],
    judgement: doc.inspection.judgement,
    authorities: doc.authorities.map((a) => a.code),
    authorityNames: doc.authorities.map((a) => a.name),
    findings: doc.findings.length,
    format: doc.format,
    pages: doc.pages,
    sha256: doc.sha256,
    url: absoluteUrl(documentUrl(doc.id), site),
  };
}

/** Orders document ids as the downloads list them. */
export function compareDocumentIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
