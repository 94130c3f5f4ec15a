/**
 * The data dictionary of the downloads on /data/: every column of findings.csv and documents.csv
 * (the JSON files use the same fields in camelCase). Descriptions follow the comments of src/schemas/;
 * test/site/data-dictionary.test.ts checks that every exported column is described here.
 */

/** One field of a download. */
export interface DictionaryEntry {
  field: string;
  type: string;
  description: string;
}

/** Fields of findings.csv / findings.json, in column order. */
export const FINDING_FIELDS: readonly DictionaryEntry[] = [
  { field: "id", type: "text", description: "Stable id of the finding (f- and 12 hex digits), derived from the document id and the finding's text." },
  { field: "text", type: "text", description: "The sentence or list item as it stands in the source, with line breaks and hyphenation repaired." },
  { field: "polarity", type: "strength | improvement | recommendation | context", description: "The judgement the sentence carries: a strength, an area to improve, a recommendation, or neutral context." },
  { field: "themes", type: "list of theme ids", description: "Themes of the taxonomy the finding is about (see /themes/); several allowed." },
  { field: "authorities", type: "list of ONS codes", description: "The local authorities the finding is about; empty for a national statement." },
  { field: "authority_names", type: "list of text", description: "Names of those authorities, in the same order." },
  { field: "good_practice", type: "true | false", description: "True where the text holds the finding up as an example for others." },
  { field: "confidence", type: "number 0–1", description: "How sure the classifier is of the polarity, from 0 (a guess) to 1 (decided by the document's structure)." },
  { field: "section", type: "text or empty", description: "The heading the finding stands under, if any." },
  { field: "page", type: "whole number or empty", description: "Page of the source PDF where the finding starts; empty for unpaged sources." },
  { field: "document", type: "text", description: "Id of the document the finding comes from (see documents.csv)." },
  { field: "document_title", type: "text", description: "Title of that document." },
  { field: "date", type: "date (YYYY-MM-DD) or empty", description: "The document's publication date, or else the first day of the inspection." },
  { field: "kind", type: "inspection-letter | inspection-report | news | commentary", description: "The sort of document the finding comes from." },
  { field: "inspection_type", type: "focused-visit | ilacs | jtai | monitoring-visit | sif, or empty", description: "The inspection the document reports or discusses." },
  { field: "url", type: "URL", description: "Permalink of the finding on this site." },
];

/** Fields of documents.csv / documents.json, in column order. */
export const DOCUMENT_FIELDS: readonly DictionaryEntry[] = [
  { field: "id", type: "text", description: "Stable id: the published date, subject and kind, plus a short hash of the content." },
  { field: "title", type: "text", description: "The document's title (its first heading, or a letter's subject line)." },
  { field: "kind", type: "inspection-letter | inspection-report | news | commentary", description: "The sort of document." },
  { field: "publisher", type: "text or empty", description: "Who published it: Ofsted, or the news site." },
  { field: "published", type: "date (YYYY-MM-DD) or empty", description: "Date of publication, where the document gives one." },
  { field: "inspection_type", type: "focused-visit | ilacs | jtai | monitoring-visit | sif, or empty", description: "The inspection the document reports or discusses." },
  { field: "inspection_dates", type: "list of dates", description: "Days of the inspection's fieldwork." },
  { field: "judgement", type: "grade or empty", description: "Overall effectiveness grade of a graded inspection: outstanding, good, requires improvement to be good, or inadequate." },
  { field: "authorities", type: "list of ONS codes", description: "The document's subject authorities." },
  { field: "authority_names", type: "list of text", description: "Names of those authorities, in the same order." },
  { field: "findings", type: "whole number", description: "How many findings were extracted from the document." },
  { field: "format", type: "text | markdown | html | pdf", description: "The format of the source file." },
  { field: "pages", type: "whole number or empty", description: "Number of pages of a PDF source." },
  { field: "sha256", type: "64 hex digits", description: "SHA-256 of the source file's bytes, to check a copy is the same file." },
  { field: "url", type: "URL", description: "The document's page on this site, which links to the source." },
];
