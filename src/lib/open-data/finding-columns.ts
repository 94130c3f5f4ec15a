import type { CsvColumn } from "./to-csv.ts";
import type { DocumentRow, FindingRow } from "./finding-rows.ts";
import type { AuthorityFindingRow, ThemeFindingRow } from "./grouped-rows.ts";

/** The columns of findings.csv, in order. */
export const FINDING_COLUMNS: readonly CsvColumn<FindingRow>[] = [
  { header: "id", value: (r) => r.id },
  { header: "text", value: (r) => r.text },
  { header: "polarity", value: (r) => r.polarity },
  { header: "themes", value: (r) => r.themes },
  { header: "authorities", value: (r) => r.authorities },
  { header: "authority_names", value: (r) => r.authorityNames },
  { header: "good_practice", value: (r) => r.goodPractice },
  { header: "confidence", value: (r) => r.confidence },
  { header: "section", value: (r) => r.section },
  { header: "page", value: (r) => r.page },
  { header: "document", value: (r) => r.document },
  { header: "document_title", value: (r) => r.documentTitle },
  { header: "date", value: (r) => r.date },
  { header: "kind", value: (r) => r.kind },
  { header: "inspection_type", value: (r) => r.inspectionType },
  { header: "url", value: (r) => r.url },
];

/** The columns of documents.csv, in order. */
export const DOCUMENT_COLUMNS: readonly CsvColumn<DocumentRow>[] = [
  { header: "id", value: (r) => r.id },
  { header: "title", value: (r) => r.title },
  { header: "kind", value: (r) => r.kind },
  { header: "publisher", value: (r) => r.publisher },
  { header: "published", value: (r) => r.published },
  { header: "inspection_type", value: (r) => r.inspectionType },
  { header: "inspection_dates", value: (r) => r.inspectionDates },
  { header: "judgement", value: (r) => r.judgement },
  { header: "authorities", value: (r) => r.authorities },
  { header: "authority_names", value: (r) => r.authorityNames },
  { header: "findings", value: (r) => r.findings },
  { header: "format", value: (r) => r.format },
  { header: "pages", value: (r) => r.pages },
  { header: "sha256", value: (r) => r.sha256 },
  { header: "url", value: (r) => r.url },
];

/** The columns of authorities/<slug>.csv, in order: an authority's findings with their words. */
export const AUTHORITY_FINDING_COLUMNS: readonly CsvColumn<AuthorityFindingRow>[] = [
  { header: "id", value: (r) => r.id },
  { header: "text", value: (r) => r.text },
  { header: "polarity", value: (r) => r.polarity },
  { header: "themes", value: (r) => r.themes },
  { header: "authorities", value: (r) => r.authorities },
  { header: "good_practice", value: (r) => r.goodPractice },
  { header: "page", value: (r) => r.page },
  { header: "document", value: (r) => r.document },
];

/** The columns of themes/<id>.csv, in order: a theme's findings without their words. */
export const THEME_FINDING_COLUMNS: readonly CsvColumn<ThemeFindingRow>[] = [
  { header: "id", value: (r) => r.id },
  { header: "document", value: (r) => r.document },
  { header: "authorities", value: (r) => r.authorities },
  { header: "polarity", value: (r) => r.polarity },
  { header: "page", value: (r) => r.page },
];
