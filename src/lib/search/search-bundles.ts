/**
 * The search index as several Pagefind bundles. Pagefind's service holds a whole index in memory
 * while it writes it (1.1 GB for the 3,238 passages of the real corpus, in proportion to the text),
 * so a corpus over BUNDLE_PASSAGES passages is indexed as consecutive runs of passages, one bundle
 * after another, and the search page merges them in the browser (Pagefind's `mergeIndex`).
 *
 * Layout: bundle 0 is `<site>/pagefind/` as before, so a corpus under the limit gets the same files,
 * byte for byte; bundle n ≥ 1 is `<site>/pagefind/bundle-<n>/`, inside the same folder, so every
 * file of the search stays under /pagefind/ (one folder to serve and cache alike, and what measures
 * "the index" or "Pagefind's transfer" by that folder counts every bundle). The search page lists the
 * extra bundles in an attribute of its form (BUNDLES_ATTRIBUTE), written there by the indexer once it
 * knows how many it wrote; with one bundle the attribute is absent and the page is untouched.
 *
 * No Node imports: the search page's script reads the attribute with parseBundleList.
 */

/** Most passages in one bundle unless SEARCH_BUNDLE_PASSAGES says otherwise. */
export const BUNDLE_PASSAGES = 4000;

/** The search form's attribute listing the bundles merged into bundle 0 (absent with one bundle). */
export const BUNDLES_ATTRIBUTE = "data-pagefind-bundles";

/** Folder of bundle `n` relative to bundle 0's (`""` for bundle 0 itself), ending in "/" otherwise. */
export function bundleFolder(n: number): string {
  return n === 0 ? "" : `bundle-${n}/`;
}

/**
 * Splits items into consecutive runs of at most `limit` (order kept), as even as the limit allows:
 * ⌈length / limit⌉ runs whose sizes differ by at most one, the larger ones first. So 4,001 passages
 * at 4,000 make two bundles of 2,001 and 2,000, not 4,000 and 1: the memory a bundle needs and the
 * pf_meta a first search loads from each are both about the same for every bundle. No items: no runs.
 */
export function splitIntoBundles<T>(items: readonly T[], limit: number): T[][] {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`A bundle must hold at least one passage (got ${limit}).`);
  const count = Math.ceil(items.length / limit);
  const bundles: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.floor(items.length / count) + (i < items.length % count ? 1 : 0);
    bundles.push(items.slice(start, start + size));
    start += size;
  }
  return bundles;
}

/** The attribute's value for `count` bundles: the extra bundles' folders, space-separated ("" for one bundle). */
export function formatBundleList(count: number): string {
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => bundleFolder(i + 1)).join(" ");
}

/** The extra bundles' folders from the attribute's value (none when absent); anything else is ignored. */
export function parseBundleList(value: string | null | undefined): string[] {
  return (value ?? "").split(/\s+/).filter((folder) => /^bundle-[1-9]\d*\/$/.test(folder));
}
