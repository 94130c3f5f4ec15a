/**
 * How a passage record's Pagefind filters are named and what their values mean, shared by the
 * indexer (passage-record.ts) and the browser (search-state.ts, src/scripts/select-findings.ts).
 * No DOM, no Node.
 *
 * - One filter per facet value, `<facet>.<value>` ("theme.mash", "authority.kent"), whose value is
 *   how many of the passage's findings carry it. Pagefind writes one chunk per filter name, so
 *   ticking Kent loads Kent's passages only, not every authority's; and since Pagefind counts
 *   pages, Σ value × count over Pagefind's counts gives findings, exactly.
 * - `n`: the passage's number of findings (the same sum gives the findings of all results).
 * - Display fields a result shows (document title, date, authority names, each finding's themes
 *   and part): filters too, because Pagefind searches the words of every `data-pagefind-meta`
 *   field (a document titled "... children looked after and care leavers" made every passage of it
 *   match "care leavers"). Filters come back with each result's fragment, but no search names
 *   them, so their chunks are never loaded.
 */

/**
 * The most findings one passage holds; facet filter values run from 1 to this. Measured on the real
 * corpus (docs/performance.md): 40 made pf_meta 8 kB larger, 100 made each fragment read larger.
 */
export const MAX_PASSAGE_FINDINGS = 60;

/** The word closing a passage's text after its last finding (passageHtml): the search page drops it. */
export const PASSAGE_END = ".";

/** The hidden fields, by what they hold. */
export const PASSAGE_FIELD = {
  /** The passage's number of findings. */
  count: "n",
  /** The document's title. */
  title: "doc",
  /** The document's date (ISO), absent when undated. */
  date: "date",
  /** The names of the passage's authorities, ", "-separated ("National" for none). */
  authorities: "names",
  /** Each finding's themes (encodeFindingThemes), absent when no finding has one. */
  findingThemes: "ft",
  /** Each finding's part of a long document ("1,1,2"), absent when all are on the document's own page. */
  parts: "parts",
} as const;

/** The Pagefind filter name of one facet value. */
export function facetFilterName(facet: string, value: string): string {
  return `${facet}.${value}`;
}

/** The facet values a fragment's filters carry, with their finding counts: `{ theme: { mash: 3 } }`. */
export function facetValuesOf(filters: Readonly<Record<string, readonly string[]>>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [name, values] of Object.entries(filters)) {
    const dot = name.indexOf(".");
    if (dot <= 0) continue;
    const count = Number(values[0]);
    (out[name.slice(0, dot)] ??= {})[name.slice(dot + 1)] = Number.isFinite(count) ? count : 0;
  }
  return out;
}

/** Every value a facet filter can take ("1" … MAX_PASSAGE_FINDINGS): `any` of them means "carries the value". */
export const FACET_COUNT_VALUES: readonly string[] = Array.from({ length: MAX_PASSAGE_FINDINGS }, (_, i) => String(i + 1));

/**
 * Each finding's themes as indexes into the passage's sorted theme list: findings separated by
 * ",", indexes by "." ("0.2,1,,0": the first finding carries themes 0 and 2, the third none).
 */
export function encodeFindingThemes(findingThemes: readonly (readonly string[])[], passageThemes: readonly string[]): string {
  const index = new Map(passageThemes.map((t, i) => [t, i]));
  const code = findingThemes.map((themes) => themes.map((t) => index.get(t) ?? -1).filter((i) => i >= 0).join(".")).join(",");
  return /^,*$/.test(code) ? "" : code;
}

/** The inverse of encodeFindingThemes for `count` findings (missing entries carry no theme). */
export function decodeFindingThemes(code: string | undefined, passageThemes: readonly string[], count: number): string[][] {
  const parts = (code ?? "").split(",");
  return Array.from({ length: count }, (_, i) =>
    (parts[i] ?? "")
      .split(".")
      .filter((s) => s !== "")
      .map((s) => passageThemes[Number(s)])
      .filter((t): t is string => t !== undefined),
  );
}

/** Each finding's part number ("1,1,2"), or "" when every one is on part 1. */
export function encodeParts(parts: readonly number[]): string {
  return parts.every((p) => p <= 1) ? "" : parts.join(",");
}

/** The part number of the finding at `index` (1 when the field is absent). */
export function partAt(code: string | undefined, index: number): number {
  const value = Number((code ?? "").split(",")[index]);
  return Number.isInteger(value) && value > 1 ? value : 1;
}
