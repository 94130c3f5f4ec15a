import type { ExtractedDocument } from "../schemas/index.ts";
import { documentDate } from "./finding-ref.ts";

/** The documents of one year ("undated" for those without a date), in the order given. */
export interface DocumentYear {
  year: string;
  documents: ExtractedDocument[];
}

/** The year a document files under: its date's year, or "undated". */
export function documentYear(document: ExtractedDocument): string {
  return documentDate(document)?.slice(0, 4) ?? "undated";
}

/**
 * Documents grouped by year, newest year first and "undated" last, each year keeping the given
 * order (pass them newest first). One page per year keeps the lists of a national corpus (3,000
 * documents and more) readable and each page small.
 */
export function documentsByYear(documents: readonly ExtractedDocument[]): DocumentYear[] {
  const years = new Map<string, ExtractedDocument[]>();
  for (const document of documents) {
    const year = documentYear(document);
    const list = years.get(year);
    if (list) list.push(document);
    else years.set(year, [document]);
  }
  return [...years]
    .map(([year, list]) => ({ year, documents: list }))
    .sort((a, b) => (a.year === b.year ? 0 : a.year === "undated" ? 1 : b.year === "undated" ? -1 : a.year < b.year ? 1 : -1));
}
