import { readFileSync, writeFileSync } from "node:fs";
import { BUNDLES_ATTRIBUTE, formatBundleList } from "../../src/lib/search/search-bundles.ts";

/** The search page's form tag (src/pages/search.astro); Astro escapes ">" inside attribute values. */
const FORM_TAG = /<form\b[^>]*\bid="search"[^>]*>/;
const ATTRIBUTE = new RegExp(`\\s${BUNDLES_ATTRIBUTE}="[^"]*"`, "g");

/**
 * Tells the built search page how many Pagefind bundles to merge: sets BUNDLES_ATTRIBUTE on its form
 * to the extra bundles' folders, or removes it for one bundle. The page is rendered before the index
 * is written, so only the indexer knows the count; written into the HTML, it costs the page no
 * request. The file is rewritten only when the attribute changes, so with one bundle (no attribute)
 * a freshly built page stays as Astro wrote it. Returns an error message, or null.
 */
export function writeBundleList(searchPage: string, bundles: number): string | null {
  let html: string;
  try {
    html = readFileSync(searchPage, "utf8");
  } catch {
    return bundles > 1 ? `${bundles} bundles written, but there is no search page at ${searchPage} to list them in.` : null;
  }
  const tag = FORM_TAG.exec(html);
  if (!tag) return bundles > 1 ? `${bundles} bundles written, but ${searchPage} has no <form id="search"> to list them in.` : null;
  const bare = tag[0].replace(ATTRIBUTE, "");
  const marked = bundles > 1 ? bare.replace(/^<form\b/, `<form ${BUNDLES_ATTRIBUTE}="${formatBundleList(bundles)}"`) : bare;
  if (marked !== tag[0]) writeFileSync(searchPage, html.slice(0, tag.index) + marked + html.slice(tag.index + tag[0].length));
  return null;
}
