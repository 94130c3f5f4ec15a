import type { ExtractedDocument } from "../../schemas/document.ts";
import { KIND_LABEL } from "../labels.ts";
import { absoluteUrl, documentUrl, sitePath } from "../urls.ts";
import { documentDate } from "../search/facets.ts";

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}

/** A one-line summary of a document for its feed entry. */
export function documentSummary(doc: ExtractedDocument): string {
  const count = (p: string) => doc.findings.filter((f) => f.polarity === p).length;
  const about = doc.authorities.map((a) => a.name).join(", ");
  return `${KIND_LABEL[doc.kind]}${about ? ` about ${about}` : ""}: ${count("strength")} strengths, ${count("improvement")} areas to improve, ${count("recommendation")} recommendations.`;
}

/**
 * The Atom feed of documents, newest first. Dates come from the documents, never the clock, so the
 * same corpus always gives the same file; ids are absolute URLs when the site's origin is configured.
 */
export function atomFeed(documents: readonly ExtractedDocument[], site: URL | string | undefined, title: string): string {
  const dated = [...documents].sort((a, b) => {
    const da = documentDate(a) ?? "";
    const db = documentDate(b) ?? "";
    return da < db ? 1 : da > db ? -1 : a.id < b.id ? -1 : 1;
  });
  const stamp = (date: string | null) => `${date ?? "1970-01-01"}T00:00:00Z`;
  const idOf = (path: string) => (site ? absoluteUrl(path, site) : `urn:ofsted-findings:${path.replace(/^\/|\/$/g, "").replace(/\//g, ":") || "site"}`);
  const entries = dated.map((doc) => {
    const url = absoluteUrl(documentUrl(doc.id), site);
    return [
      "  <entry>",
      `    <title>${escapeXml(doc.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <id>${escapeXml(idOf(documentUrl(doc.id)))}</id>`,
      `    <updated>${stamp(documentDate(doc))}</updated>`,
      `    <author><name>${escapeXml(doc.publisher ?? "Unknown publisher")}</name></author>`,
      `    <summary>${escapeXml(documentSummary(doc))}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(title)}</title>`,
    `  <subtitle>Ofsted inspection reports, letters and news about children's services, as they join the collection.</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(sitePath("feed.xml"), site))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(sitePath(), site))}"/>`,
    `  <id>${escapeXml(idOf(sitePath()))}</id>`,
    `  <updated>${stamp(dated[0] ? documentDate(dated[0]) : null)}</updated>`,
    "  <author><name>Ofsted children's services findings</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
