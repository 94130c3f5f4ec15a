/**
 * The search index's records: one Pagefind page per *passage*, a group of at most
 * MAX_PASSAGE_FINDINGS findings of one document that share every finding-level filter value but
 * themes (polarity, good practice, authorities); the document-level values (region, year, kind,
 * inspection) follow. Each finding is an element of the passage with its id and a
 * `data-pagefind-title`, so Pagefind records it as an anchor and returns the findings holding the
 * words as sub-results; the search page lists findings, not passages (src/scripts/select-findings.ts),
 * and links each to the page of its document that prints it (its part, for a long document).
 *
 * Why passages: Pagefind's per-page costs (the pf_meta every first search loads, about 7 bytes a
 * page gzipped; the filter chunks; the indexing time) grow with the number of pages, and at one page
 * per finding (138,000) they came to megabytes. Why this grouping (per document, cut at 60, not per
 * page of the site nor per section): docs/performance.md, "Search index", has the measurements.
 */
import type { ExtractedDocument } from "../../schemas/document.ts";
import type { Extraction } from "../../schemas/extraction.ts";
import type { Finding } from "../../schemas/finding.ts";
import { escapeHtml } from "../render/escape-html.ts";
import { paginateDocument } from "../paginate-document.ts";
import { documentUrl } from "../urls.ts";
import { documentDate, FILTERS, type FilterKey, findingAuthorities, findingFacets, type SiteLookup } from "./facets.ts";
import { encodeFindingThemes, encodeParts, facetFilterName, MAX_PASSAGE_FINDINGS, PASSAGE_END, PASSAGE_FIELD } from "./passage-codec.ts";

/** How findings are grouped into passages. */
export interface PassageOptions {
  /** "page": findings of one page of the site (a part of a long document); "document": of the whole document. */
  scope: "page" | "document";
  /** Also start a new passage at each section heading (more, smaller passages). */
  bySection: boolean;
  /** At most this many findings per passage (≤ MAX_PASSAGE_FINDINGS); a larger group is cut, by themes. */
  maxFindings: number;
}

/** The grouping the site uses, chosen by measuring the real corpus (docs/performance.md, "Search index"). */
export const PASSAGE_OPTIONS: PassageOptions = { scope: "document", bySection: false, maxFindings: MAX_PASSAGE_FINDINGS };

/** One finding as its passage holds it. */
export interface PassageFinding {
  id: string;
  text: string;
  /** Theme ids, sorted. */
  themes: string[];
  /** The part of the document's text it is printed on (1: the document's own page). */
  part: number;
}

/** One passage: what the staged HTML page carries, before it is written as HTML. */
export interface PassageRecord {
  /** The passage's own address: its document's URL with `#p<n>` (Pagefind keeps one page per URL; sub-results replace the hash). */
  url: string;
  findings: PassageFinding[];
  /** Facet filters and hidden fields (passage-codec.ts); empty ones left out. */
  filters: Record<string, string[]>;
}

/**
 * Every finding of the extraction in passages: newest document first (undated ones last), a
 * document's passages in text order. Pagefind keeps the order pages were added in, and lists
 * results without words in that order, so "newest first" needs no sort index in pf_meta.
 */
export function passageRecords(extraction: Pick<Extraction, "documents">, lookup: SiteLookup, options: PassageOptions = PASSAGE_OPTIONS): PassageRecord[] {
  return passageRecordsOf(extraction.documents, lookup, options);
}

/** The same from documents read one at a time (only the passages are kept). */
export function passageRecordsOf(documents: Iterable<ExtractedDocument>, lookup: SiteLookup, options: PassageOptions = PASSAGE_OPTIONS): PassageRecord[] {
  const perDocument: { date: string; id: string; passages: PassageRecord[] }[] = [];
  for (const doc of documents) perDocument.push({ date: documentDate(doc) ?? "", id: doc.id, passages: documentPassages(doc, lookup, options) });
  perDocument.sort((a, b) => compareDesc(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return perDocument.flatMap((d) => d.passages);
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** The passages of one document, in order of their first finding. */
export function documentPassages(doc: ExtractedDocument, lookup: SiteLookup, options: PassageOptions = PASSAGE_OPTIONS): PassageRecord[] {
  const docUrl = documentUrl(doc.id);
  // The part of a long document each finding is printed on (findingUrl's own lookup).
  const partOf = paginateDocument(doc).partOf;
  const findings = [...doc.findings].sort((a, b) => a.start - b.start);
  // The key holds every finding-level filter value but themes (and the page or section when asked).
  const groups = new Map<string, PassageFinding[]>();
  const facetsOf = new Map<string, Finding>();
  for (const finding of findings) {
    const part = partOf.get(finding.id) ?? 1;
    const facets = findingFacets(finding, doc, lookup);
    const key = JSON.stringify([
      facets.polarity,
      facets.goodpractice,
      facets.authority,
      options.scope === "page" ? part : null,
      options.bySection ? finding.section : null,
    ]);
    let group = groups.get(key);
    if (!group) {
      groups.set(key, (group = []));
      facetsOf.set(key, finding);
    }
    group.push({ id: finding.id, text: finding.text, themes: [...finding.themes].sort(), part });
  }
  const passages: { first: number; members: PassageFinding[]; finding: Finding }[] = [];
  const order = new Map(findings.map((f, i) => [f.id, i]));
  const cap = Math.max(1, Math.min(options.maxFindings, MAX_PASSAGE_FINDINGS));
  for (const [key, members] of groups) {
    // A group over the cap is cut after sorting its findings by their themes, so that each passage
    // holds few themes: a theme filter then passes fewer passages, with more of their findings.
    const sorted = members.length > cap ? [...members].sort(byThemes) : members;
    for (let i = 0; i < sorted.length; i += cap) {
      const slice = sorted.slice(i, i + cap).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      passages.push({ first: order.get(slice[0]!.id) ?? 0, members: slice, finding: facetsOf.get(key)! });
    }
  }
  passages.sort((a, b) => a.first - b.first);
  return passages.map((p, i) => passageRecord(doc, p.members, p.finding, `${docUrl}#p${i + 1}`, lookup));
}

/** Orders findings by their sorted theme lists (findings without a theme first); stable otherwise. */
function byThemes(a: PassageFinding, b: PassageFinding): number {
  const x = a.themes.join(" ");
  const y = b.themes.join(" ");
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The record of one passage; `sample` is one of its findings (they share every filter value but themes). */
function passageRecord(doc: ExtractedDocument, findings: PassageFinding[], sample: Finding, url: string, lookup: SiteLookup): PassageRecord {
  const facets = findingFacets(sample, doc, lookup);
  const themes = [...new Set(findings.flatMap((f) => f.themes))].sort();
  const filters: Record<string, string[]> = {};
  const n = String(findings.length);
  for (const { key } of FILTERS) {
    if (key === "theme") {
      for (const t of themes) filters[facetFilterName(key, t)] = [String(findings.filter((f) => f.themes.includes(t)).length)];
    } else {
      for (const value of facets[key as FilterKey]) filters[facetFilterName(key, value)] = [n];
    }
  }
  const field = (name: string, value: string) => {
    if (value !== "") filters[name] = [value];
  };
  field(PASSAGE_FIELD.count, n);
  field(PASSAGE_FIELD.title, doc.title);
  field(PASSAGE_FIELD.date, documentDate(doc) ?? "");
  field(PASSAGE_FIELD.authorities, findingAuthorities(sample, doc, lookup).map((a) => a.name).join(", ") || "National");
  field(PASSAGE_FIELD.findingThemes, encodeFindingThemes(findings.map((f) => f.themes), themes));
  field(PASSAGE_FIELD.parts, encodeParts(findings.map((f) => f.part)));
  return { url, findings, filters };
}

/**
 * The passage as the HTML page Pagefind indexes: its filters as `<meta>` tags in the head
 * (values in attributes, so commas and colons in them are safe), and its findings in one paragraph,
 * each after an empty element with its id and a `data-pagefind-title`, which makes it an anchor
 * Pagefind returns as a sub-result. The anchor holds no text: Pagefind would store each finding's
 * words twice in the fragment (once in the page's content, once as the anchor's text), and the
 * search page reads them from the content between one anchor's word position and the next's
 * (findingTexts in src/scripts/select-findings.ts). One paragraph, so Pagefind adds no full stop
 * after a finding that has none; it ends in PASSAGE_END, a word of its own, so none is added after
 * the last. No `data-pagefind-meta`: Pagefind would match words against it. All text is HTML-escaped.
 */
export function passageHtml(passage: PassageRecord): string {
  const head: string[] = ['<meta charset="utf-8">'];
  for (const [key, values] of Object.entries(passage.filters)) {
    for (const value of values) head.push(`<meta data-pagefind-filter="${escapeHtml(key)}[content]" content="${escapeHtml(value)}">`);
  }
  const body = passage.findings.map((f, i) => `<i id="${escapeHtml(f.id)}" data-pagefind-title="${i + 1}"></i>${escapeHtml(f.text)}`);
  return `<!doctype html><html lang="en"><head>${head.join("")}</head><body data-pagefind-body><p>${body.join(" ")} ${PASSAGE_END}</p></body></html>`;
}
