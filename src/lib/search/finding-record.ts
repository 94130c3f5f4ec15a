import type { ExtractedDocument } from "../../schemas/document.ts";
import type { Extraction } from "../../schemas/extraction.ts";
import type { Finding } from "../../schemas/finding.ts";
import { POLARITY_LABEL } from "../labels.ts";
import { documentUrl, findingUrl } from "../urls.ts";
import { documentDate, findingAuthorities, findingFacets, type SiteLookup } from "./facets.ts";

/** One Pagefind custom record: the shape `index.addCustomRecord` takes. */
export interface FindingRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The search record of one finding: its text to match, what a result shows, and its filter values. */
export function findingRecord(finding: Finding, doc: ExtractedDocument, lookup: SiteLookup): FindingRecord {
  const authorities = findingAuthorities(finding, doc, lookup);
  const date = documentDate(doc) ?? "";
  const themes = finding.themes.map((id) => lookup.themeLabels.get(id) ?? id);
  const filters = Object.fromEntries(
    Object.entries(findingFacets(finding, doc, lookup)).filter(([, values]) => values.length > 0),
  );
  return {
    url: findingUrl(doc.id, finding.id),
    content: finding.text,
    language: "en",
    meta: {
      title: doc.title,
      doc: doc.title,
      docUrl: documentUrl(doc.id),
      finding: finding.id,
      authority: authorities.map((a) => a.name).join(", ") || "National",
      date,
      polarity: POLARITY_LABEL[finding.polarity],
      polarityId: finding.polarity,
      themes: themes.join("; "),
      goodPractice: finding.goodPractice ? "yes" : "",
    },
    filters,
    // Undated documents sort last under "newest first".
    sort: { date: date || "0000-00-00" },
  };
}

/** Every finding of the extraction as a record, in document then text order. */
export function findingRecords(extraction: Extraction, lookup: SiteLookup): FindingRecord[] {
  const docs = [...extraction.documents].sort((a, b) => a.id.localeCompare(b.id));
  return docs.flatMap((doc) =>
    [...doc.findings].sort((a, b) => a.start - b.start).map((finding) => findingRecord(finding, doc, lookup)),
  );
}
