/**
 * Document ids readers can recognise and the corpus cannot change: the publication date, the
 * subject's slug and the kind, plus the start of the content hash, so two documents never share one.
 */
export function documentId(published: string | null, subjectSlug: string, kind: string, sha256: string): string {
  return [published ?? "undated", subjectSlug, kind, sha256.slice(0, 8)].join("-").toLowerCase().replace(/[^a-z0-9-]+/g, "-");
}
