/** Site-relative URLs of every page, in one place so links and permalinks never drift apart. */
import type { ExtractedDocument } from "../schemas/index.ts";
import { paginateDocument } from "./paginate-document.ts";

/** Base path the site is served under ("/" by default), always ending in "/". */
const BASE = ((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? "/").replace(/\/?$/, "/");

/** Prefix a site path ("reports/") with the base path. */
export function sitePath(path = ""): string {
  return BASE + path.replace(/^\//, "");
}

/** The page of a document. */
export function documentUrl(documentId: string): string {
  return sitePath(`reports/${documentId}/`);
}

/** A part of a long document's text: part 1 is the document's page itself. */
export function documentPartUrl(documentId: string, part: number): string {
  return part <= 1 ? documentUrl(documentId) : sitePath(`reports/${documentId}/${part}/`);
}

/**
 * Documents whose findings findingUrl can place in the right part. loadExtraction registers
 * every document it loads, so callers keep passing plain ids; parts are computed on first use.
 */
const registered = new Map<string, ExtractedDocument>();
const partsOf = new Map<string, Map<string, number>>();

/** Let findingUrl find the part each of these documents' findings is on (loadExtraction calls this). */
export function registerDocuments(documents: readonly ExtractedDocument[]): void {
  for (const document of documents) {
    registered.set(document.id, document);
    partsOf.delete(document.id);
  }
}

/** The permalink of a finding: the page (or part) of its document holding it, targeting the finding. */
export function findingUrl(documentId: string, findingId: string): string {
  let parts = partsOf.get(documentId);
  const document = registered.get(documentId);
  if (!parts && document) {
    parts = paginateDocument(document).partOf;
    partsOf.set(documentId, parts);
  }
  return findingUrlOnPart(documentId, findingId, parts?.get(findingId) ?? 1);
}

/** The permalink of a finding printed on part `part` of its document (findingUrl, for a caller that knows the part). */
export function findingUrlOnPart(documentId: string, findingId: string, part: number): string {
  return `${documentPartUrl(documentId, part)}#${findingId}`;
}

/**
 * The citable permalink of a finding: its anchor on its document's page, whatever part of a long
 * document holds it. Part 1 keeps an anchor for every later finding that leads on to its part, so
 * this URL stays valid when parts are re-cut.
 */
export function permalinkUrl(documentId: string, findingId: string): string {
  return `${documentUrl(documentId)}#${findingId}`;
}

/** The list of a year's documents ("undated" for those without a date). */
export function reportsYearUrl(year: string): string {
  return sitePath(`reports/year/${year}/`);
}

/** The trajectory page of an authority. */
export function trajectoryUrl(slug: string): string {
  return sitePath(`trajectories/${slug}/`);
}

/** The page of an authority. */
export function authorityUrl(slug: string): string {
  return sitePath(`authorities/${slug}/`);
}

/** The page of a theme. */
export function themeUrl(themeId: string): string {
  return sitePath(`themes/${themeId}/`);
}

/** The search page with a query and filters (the search page reads these parameters). */
export function searchUrl(params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (value !== undefined && value !== "") query.set(key, value);
  }
  const text = query.toString();
  return sitePath(`search/${text ? `?${text}` : ""}`);
}

/** An absolute URL for a site path, when the site's origin is known (for citations). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site === undefined ? path : new URL(path, site).href;
}
