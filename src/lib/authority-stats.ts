import type { Authority, ExtractedDocument, Grade } from "../schemas/index.ts";
import type { CorpusIndex } from "./corpus-index.ts";
import { documentDate } from "./finding-ref.ts";

/** What the authority list shows for one authority. */
export interface AuthorityRow {
  authority: Authority;
  documents: number;
  findings: number;
  /** The overall grade of its newest graded document, with that document's date. */
  latestJudgement: { grade: Grade; date: string | null; documentId: string } | null;
}

/** One row per authority, in the order given, with its counts from the index. */
export function authorityRows(authorities: readonly Authority[], index: CorpusIndex): AuthorityRow[] {
  return authorities.map((authority) => {
    const documents = index.documentsByAuthority.get(authority.code) ?? [];
    return {
      authority,
      documents: documents.length,
      findings: index.findingsByAuthority.get(authority.code)?.length ?? 0,
      latestJudgement: latestJudgement(documents),
    };
  });
}

/** The overall grade of the newest graded document among documents sorted newest first. */
export function latestJudgement(documents: readonly ExtractedDocument[]): AuthorityRow["latestJudgement"] {
  const graded = documents.find((d) => d.inspection.judgement !== null);
  if (!graded?.inspection.judgement) return null;
  return { grade: graded.inspection.judgement, date: documentDate(graded), documentId: graded.id };
}

/** Items grouped by region, regions in alphabetical order, items keeping their order. */
export function groupByRegion<T>(items: readonly T[], regionOf: (item: T) => string): { region: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const region = regionOf(item);
    const list = groups.get(region);
    if (list) list.push(item);
    else groups.set(region, [item]);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([region, list]) => ({ region, items: list }));
}
