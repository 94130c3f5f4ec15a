import type { ExtractedDocument } from "../../schemas/document.ts";
import type { Finding } from "../../schemas/finding.ts";
import { slugify } from "./slugify.ts";

/** The search filters, in the order the search page shows them; the key is also the URL parameter. */
export const FILTERS = [
  { key: "theme", legend: "Theme" },
  { key: "polarity", legend: "Judgement" },
  { key: "authority", legend: "Local authority" },
  { key: "region", legend: "Region" },
  { key: "year", legend: "Year" },
  { key: "kind", legend: "Kind of document" },
  { key: "inspection", legend: "Inspection type" },
  { key: "goodpractice", legend: "Good practice" },
] as const;

export type FilterKey = (typeof FILTERS)[number]["key"];

/** What the facets need to know about an authority. */
export interface AuthorityInfo {
  code: string;
  name: string;
  slug: string;
  region: string | null;
}

/** Lookups the facets and records resolve codes and ids through. */
export interface SiteLookup {
  authorities: ReadonlyMap<string, AuthorityInfo>;
  themeLabels: ReadonlyMap<string, string>;
}

/** The authorities a finding is about (none for a national statement). */
export function findingAuthorities(finding: Finding, doc: ExtractedDocument, lookup: SiteLookup): AuthorityInfo[] {
  return finding.authorities.map((code) => authorityInfo(code, doc, lookup));
}

/** Resolves an ONS code to names, falling back on the document's own naming when the register lacks it. */
export function authorityInfo(code: string, doc: ExtractedDocument | null, lookup: SiteLookup): AuthorityInfo {
  const known = lookup.authorities.get(code);
  if (known) return known;
  const name = doc?.authorities.find((a) => a.code === code)?.name ?? code;
  return { code, name, slug: slugify(name), region: null };
}

/** The date a document sorts and files by: published, else the first inspection day. */
export function documentDate(doc: ExtractedDocument): string | null {
  return doc.published ?? doc.inspection.dates[0] ?? null;
}

/** The filter values of one finding, keyed by filter; values are URL-safe ids. */
export function findingFacets(finding: Finding, doc: ExtractedDocument, lookup: SiteLookup): Record<FilterKey, string[]> {
  const authorities = findingAuthorities(finding, doc, lookup);
  const date = documentDate(doc);
  return {
    theme: [...finding.themes].sort(),
    polarity: [finding.polarity],
    authority: unique(authorities.map((a) => a.slug)),
    region: unique(authorities.flatMap((a) => (a.region ? [slugify(a.region)] : []))),
    year: date ? [date.slice(0, 4)] : [],
    kind: [doc.kind],
    inspection: doc.inspection.type ? [doc.inspection.type] : [],
    goodpractice: finding.goodPractice ? ["yes"] : [],
  };
}

/** Sorted distinct values. */
function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
