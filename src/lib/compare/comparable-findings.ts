import type { CorpusIndex } from "../corpus-index.ts";
import type { FindingRef } from "../finding-ref.ts";
import { findingUrl } from "../urls.ts";
import type { ComparableFinding } from "./side-by-side.ts";

/**
 * The findings about any of these authorities (ONS codes), each once, in the downloads' order
 * (documents by id, then reading order), as the side-by-side view needs them. Made for one page
 * and dropped after it: holding every finding's row for all 122 comparison pages was 88 MB of
 * heap on the real corpus, ten times that at ten times the corpus.
 */
export function comparableFindingsAbout(codes: readonly string[], index: Pick<CorpusIndex, "findingsByAuthority">): ComparableFinding[] {
  const refs = new Set<FindingRef>();
  for (const code of codes) for (const ref of index.findingsByAuthority.get(code) ?? []) refs.add(ref);
  return [...refs]
    .sort((a, b) => compareText(a.document.id, b.document.id) || a.finding.start - b.finding.start)
    .map(({ finding, document }) => ({
      id: finding.id,
      text: finding.text,
      polarity: finding.polarity,
      themes: finding.themes,
      authorities: finding.authorities,
      url: findingUrl(document.id, finding.id),
    }));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
