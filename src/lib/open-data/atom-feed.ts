import type { ExtractedDocument } from "../../schemas/document.ts";
import type { FindingRef } from "../finding-ref.ts";
import { formatDate, KIND_LABEL, POLARITY_LABEL } from "../labels.ts";
import { absoluteUrl, documentUrl, findingUrl, permalinkUrl, sitePath } from "../urls.ts";
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

/** Findings a theme's or an authority's feed lists: the newest, so the feed stays small enough to poll. */
export const FEED_FINDINGS = 50;

/** Site path of a theme's feed of findings. */
export function themeFeedPath(themeId: string): string {
  return `themes/${themeId}/feed.xml`;
}

/** Site path of an authority's feed of findings. */
export function authorityFeedPath(slug: string): string {
  return `authorities/${slug}/feed.xml`;
}

/** What a feed of findings is about. */
export interface FindingsFeedOptions {
  title: string;
  subtitle: string;
  /** Site path of the feed itself (themeFeedPath, authorityFeedPath). */
  selfPath: string;
  /** Site path of the page it follows (the theme's or authority's page). */
  pagePath: string;
}

/**
 * An Atom feed of findings, one entry per finding, newest document first (the order `refs` arrive
 * in, as the corpus index keeps them), at most FEED_FINDINGS. Each entry links to the finding's
 * permalink and says what it is, where it is from and what it says; dates come from the documents,
 * so the same corpus gives the same file.
 */
export function findingsFeed(refs: readonly FindingRef[], site: URL | string | undefined, options: FindingsFeedOptions): string {
  const stamp = (date: string | null) => `${date ?? "1970-01-01"}T00:00:00Z`;
  const idOf = (path: string) => (site ? absoluteUrl(path, site) : `urn:ofsted-findings:${path.replace(/^\/|\/$/g, "").replace(/[/#]/g, ":") || "site"}`);
  const shown = refs.slice(0, FEED_FINDINGS);
  const entries = shown.map(({ finding, document }) => {
    const permalink = permalinkUrl(document.id, finding.id);
    const label = POLARITY_LABEL[finding.polarity];
    const title = finding.text.length > 90 ? `${finding.text.slice(0, 89).trimEnd()}…` : finding.text;
    // An entry a line, its link's relation left to Atom's default (alternate): 187 feeds of 50 entries.
    return [
      "<entry>",
      `<title>${escapeXml(`${label}: ${title}`)}</title>`,
      `<link href="${escapeXml(absoluteUrl(findingUrl(document.id, finding.id), site))}"/>`,
      `<id>${escapeXml(idOf(permalink))}</id>`,
      `<updated>${stamp(documentDate(document))}</updated>`,
      `<author><name>${escapeXml(document.publisher ?? "Unknown publisher")}</name></author>`,
      `<summary>${escapeXml(`${finding.text} (${label}, from “${document.title}”, ${formatDate(documentDate(document))}.)`)}</summary>`,
      "</entry>",
    ].join("");
  });
  const newest = shown[0] ? documentDate(shown[0].document) : null;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(options.title)}</title>`,
    `  <subtitle>${escapeXml(options.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(sitePath(options.selfPath), site))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(sitePath(options.pagePath), site))}"/>`,
    `  <id>${escapeXml(idOf(sitePath(options.selfPath)))}</id>`,
    `  <updated>${stamp(newest)}</updated>`,
    "  <author><name>Ofsted children's services findings</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
