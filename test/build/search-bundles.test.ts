import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { bundlePassagesFromEnv } from "../../scripts/index-search.ts";
import { writeBundleList } from "../../scripts/site/search-page-bundles.ts";
import { writeSearchIndex } from "../../scripts/site/write-search-index.ts";
import { passageRecords } from "../../src/lib/search/passage-record.ts";
import {
  BUNDLE_PASSAGES,
  BUNDLES_ATTRIBUTE,
  bundleFolder,
  formatBundleList,
  parseBundleList,
  splitIntoBundles,
} from "../../src/lib/search/search-bundles.ts";
import { siteLookup } from "../../src/lib/search/site-lookup.ts";
import { authorities, extraction } from "../site/fixture.ts";

const passages = passageRecords(extraction, siteLookup(authorities, [{ id: "mash", label: "MASH and integrated front door" }]));
const scratch = mkdtempSync(join(tmpdir(), "search-bundles-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("splitting passages into bundles", () => {
  const items = Array.from({ length: 23 }, (_, i) => `p${i}`);

  test("keeps every item once, in order, in consecutive runs no longer than the limit", () => {
    for (const limit of [1, 2, 3, 4, 5, 7, 10, 22, 23, 24, 100]) {
      const bundles = splitIntoBundles(items, limit);
      expect(bundles.flat()).toEqual(items);
      expect(bundles.length).toBe(Math.ceil(items.length / limit));
      for (const bundle of bundles) {
        expect(bundle.length).toBeGreaterThan(0);
        expect(bundle.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  test("balances the runs: sizes differ by at most one, larger first", () => {
    expect(splitIntoBundles(items, 10).map((b) => b.length)).toEqual([8, 8, 7]);
    expect(splitIntoBundles(items, 3).map((b) => b.length)).toEqual([3, 3, 3, 3, 3, 3, 3, 2]);
    const justOver = splitIntoBundles(Array.from({ length: BUNDLE_PASSAGES + 1 }, (_, i) => i), BUNDLE_PASSAGES);
    expect(justOver.map((b) => b.length)).toEqual([BUNDLE_PASSAGES / 2 + 1, BUNDLE_PASSAGES / 2]);
  });

  test("gives one bundle up to the limit (the real corpus: 3,238 passages under 4,000), none for no items", () => {
    const real = Array.from({ length: 3238 }, (_, i) => i);
    const [only, ...rest] = splitIntoBundles(real, BUNDLE_PASSAGES);
    expect(rest).toEqual([]);
    expect(only).toEqual(real);
    expect(splitIntoBundles([], 3)).toEqual([]);
  });

  test("is deterministic and leaves its input alone", () => {
    const copy = [...items];
    expect(splitIntoBundles(items, 4)).toEqual(splitIntoBundles(copy, 4));
    expect(items).toEqual(copy);
  });

  test("refuses a limit below one passage", () => {
    for (const limit of [0, -1, 2.5, Number.NaN]) expect(() => splitIntoBundles(items, limit)).toThrow(/at least one passage/);
  });

  test("SEARCH_BUNDLE_PASSAGES overrides the default, and must be a positive whole number", () => {
    expect(bundlePassagesFromEnv(undefined)).toBe(BUNDLE_PASSAGES);
    expect(bundlePassagesFromEnv("")).toBe(BUNDLE_PASSAGES);
    expect(bundlePassagesFromEnv("3")).toBe(3);
    for (const bad of ["0", "-2", "1.5", "many"]) expect(() => bundlePassagesFromEnv(bad)).toThrow(/SEARCH_BUNDLE_PASSAGES/);
  });
});

describe("the list of bundles on the search page", () => {
  test("names the extra bundles' folders, and is read back without anything else", () => {
    expect(bundleFolder(0)).toBe("");
    expect(formatBundleList(1)).toBe("");
    expect(formatBundleList(3)).toBe("bundle-1/ bundle-2/");
    expect(parseBundleList(formatBundleList(3))).toEqual(["bundle-1/", "bundle-2/"]);
    expect(parseBundleList(null)).toEqual([]);
    expect(parseBundleList("bundle-1/ ../x/ https://evil.example/ bundle-0/ bundle-2")).toEqual(["bundle-1/"]);
  });

  const page = `<!DOCTYPE html><html><body><form id="search" class="search-layout" hidden data-pagefind-base="/" data-theme-labels="{&quot;a&quot;:&quot;A &gt; B&quot;}" data-astro-cid-x>
<input id="search-q"></form><form id="other"></form></body></html>`;

  test("is set on the search form only, replaced when indexed again, and removed for one bundle", () => {
    const file = join(scratch, "search.html");
    writeFileSync(file, page);
    expect(writeBundleList(file, 3)).toBeNull();
    const marked = readFileSync(file, "utf8");
    expect(marked).toBe(page.replace('<form id="search"', `<form ${BUNDLES_ATTRIBUTE}="bundle-1/ bundle-2/" id="search"`));
    expect(writeBundleList(file, 2)).toBeNull();
    expect(readFileSync(file, "utf8")).toBe(page.replace('<form id="search"', `<form ${BUNDLES_ATTRIBUTE}="bundle-1/" id="search"`));
    expect(writeBundleList(file, 1)).toBeNull();
    expect(readFileSync(file, "utf8")).toBe(page);
  });

  test("leaves a page without the attribute untouched for one bundle, and says when it cannot list several", async () => {
    const file = join(scratch, "untouched.html");
    writeFileSync(file, page);
    const written = statSync(file).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(writeBundleList(file, 1)).toBeNull();
    expect(readFileSync(file, "utf8")).toBe(page);
    expect(statSync(file).mtimeMs).toBe(written);
    expect(writeBundleList(join(scratch, "missing.html"), 1)).toBeNull();
    expect(writeBundleList(join(scratch, "missing.html"), 2)).toMatch(/no search page/);
    writeFileSync(file, "<html><form id='other'></form></html>");
    expect(writeBundleList(file, 2)).toMatch(/no <form id="search">/);
  });
});

describe("writing the index in bundles", () => {
  /** How many pages a bundle's entry file says it holds. */
  function bundlePageCount(folder: string): number {
    const entry = JSON.parse(readFileSync(join(folder, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  }

  test("writes bundle 0 in the folder and the others in bundle-<n>/, their index only beside bundle 0's script, and clears stale ones", { timeout: 60_000 }, async () => {
    expect(passages.length).toBeGreaterThanOrEqual(5);
    const out = join(scratch, "pagefind");
    mkdirSync(join(out, "bundle-7"), { recursive: true });
    writeFileSync(join(out, "bundle-7", "stale"), "x");
    const limit = Math.ceil(passages.length / 3);
    const result = await writeSearchIndex(passages, out, { bundlePassages: limit });
    expect(result.errors).toEqual([]);
    expect(result.bundles).toBe(3);
    expect(result.records).toBe(passages.length);
    expect(result.findings).toBe(passages.reduce((sum, p) => sum + p.findings.length, 0));
    const expected = splitIntoBundles(passages, limit).map((b) => b.length);
    expect([0, 1, 2].map((n) => bundlePageCount(join(out, bundleFolder(n))))).toEqual(expected);
    // Bundle 0 is a whole Pagefind bundle, less what the site never loads (ready-made interfaces, highlighting, the
    // worker, other languages' WebAssembly); the others keep their index only (bundle 0's script and WebAssembly read them).
    const runtime = readdirSync(out).filter((name) => !statSync(join(out, name)).isDirectory() && !name.endsWith(".pf_meta"));
    expect(runtime.sort()).toEqual(["pagefind-entry.json", "pagefind.js", "wasm.en.pagefind"]);
    for (const n of [1, 2]) {
      const names = readdirSync(join(out, bundleFolder(n))).map((name) => name.replace(/^pagefind\.en_[0-9a-f]+\.pf_meta$/, "<pf_meta>"));
      expect(names.sort()).toEqual(["<pf_meta>", "filter", "fragment", "index", "pagefind-entry.json"]);
    }
    expect(existsSync(join(out, "bundle-7"))).toBe(false);

    // Indexed again under the limit: one bundle, and the extra folders are gone.
    const again = await writeSearchIndex(passages, out);
    expect(again).toMatchObject({ bundles: 1, records: passages.length, errors: [] });
    expect(bundlePageCount(out)).toBe(passages.length);
    expect(readdirSync(out).filter((name) => name.startsWith("bundle-"))).toEqual([]);
  });
});
