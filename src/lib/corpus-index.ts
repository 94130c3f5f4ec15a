import type { Authority, ExtractedDocument, Extraction } from "../schemas/index.ts";
import { compareDocumentsNewestFirst, compareFindingsNewestFirst, type FindingRef } from "./finding-ref.ts";

/** Lookups over one extraction, built once: every list is sorted newest first. */
export interface CorpusIndex {
  /** All documents, newest first. */
  documents: ExtractedDocument[];
  /** All findings of all documents, newest first then reading order. */
  findings: FindingRef[];
  documentsById: Map<string, ExtractedDocument>;
  /** Finding id → finding with its document (ids are unique per document; the first wins on a clash). */
  findingsById: Map<string, FindingRef>;
  /** Theme id → findings tagged with it. */
  findingsByTheme: Map<string, FindingRef[]>;
  /** ONS code → findings about that authority. */
  findingsByAuthority: Map<string, FindingRef[]>;
  /** ONS code → documents whose subject is that authority. */
  documentsByAuthority: Map<string, ExtractedDocument[]>;
  authoritiesByCode: Map<string, Authority>;
  authoritiesBySlug: Map<string, Authority>;
}

/** Build the lookups the pages need from an extraction and the authority register. */
export function buildCorpusIndex(extraction: Extraction, authorities: readonly Authority[]): CorpusIndex {
  const documents = [...extraction.documents].sort(compareDocumentsNewestFirst);
  const findings: FindingRef[] = [];
  for (const document of documents) {
    for (const finding of document.findings) findings.push({ finding, document });
  }
  findings.sort(compareFindingsNewestFirst);

  const findingsById = new Map<string, FindingRef>();
  const findingsByTheme = new Map<string, FindingRef[]>();
  const findingsByAuthority = new Map<string, FindingRef[]>();
  for (const ref of findings) {
    if (!findingsById.has(ref.finding.id)) findingsById.set(ref.finding.id, ref);
    for (const theme of new Set(ref.finding.themes)) push(findingsByTheme, theme, ref);
    for (const code of new Set(ref.finding.authorities)) push(findingsByAuthority, code, ref);
  }

  const documentsByAuthority = new Map<string, ExtractedDocument[]>();
  for (const document of documents) {
    for (const code of new Set(document.authorities.map((a) => a.code))) push(documentsByAuthority, code, document);
  }

  return {
    documents,
    findings,
    documentsById: new Map(documents.map((d) => [d.id, d])),
    findingsById,
    findingsByTheme,
    findingsByAuthority,
    documentsByAuthority,
    authoritiesByCode: new Map(authorities.map((a) => [a.code, a])),
    authoritiesBySlug: new Map(authorities.map((a) => [a.slug, a])),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
