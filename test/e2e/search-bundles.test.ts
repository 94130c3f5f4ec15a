/**
 * The search over several Pagefind bundles: the e2e site re-indexed, in a copy, with
 * SEARCH_BUNDLE_PASSAGES=3 (its 5 documents make about 20 passages, so about 7 bundles), searched
 * beside the site as built (one bundle) to check that merging changes nothing a reader sees.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { documentDate } from "../../src/lib/search/facets.ts";
import { loadSiteLookup } from "../../src/lib/search/load-site-lookup.ts";
import { passageRecords } from "../../src/lib/search/passage-record.ts";
import { BUNDLES_ATTRIBUTE, splitIntoBundles } from "../../src/lib/search/search-bundles.ts";
import { containsEveryWord, queryWords } from "../../src/scripts/select-findings.ts";
import { builtAuthorityCode, builtExtraction, builtFindings, site, skipReason, useBrowserPage } from "./browser.ts";
import { runProjectScript } from "./run-project-script.ts";
import { serveStatic } from "./static-server.ts";

const LIMIT = 3;

describe.skipIf(skipReason !== null)(skipReason ?? "search over several bundles", () => {
  const session = useBrowserPage();
  let bundled: { url: string; close: () => Promise<void> } | undefined;
  let dir = "";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ofsted-e2e-bundles-"));
    const dist = join(dir, "dist");
    cpSync(site().dist, dist, { recursive: true });
    await runProjectScript("index-search.ts", ["--out", dist], { SEARCH_BUNDLE_PASSAGES: String(LIMIT), EXTRACTION_FILE: site().extractionFile, AUTHORITIES_FILE: site().authoritiesFile }, "Indexing in bundles");
    bundled = await serveStatic(dist);
  });
  afterAll(async () => {
    await bundled?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const multi = () => {
    if (!bundled) throw new Error("The bundled copy is not served.");
    return bundled.url;
  };

  /** The passages as the indexer made them, and the bundle each finding's passage went to. */
  function bundles() {
    const passages = passageRecords(builtExtraction(), loadSiteLookup());
    const split = splitIntoBundles(passages, LIMIT);
    const bundleOf = new Map(split.flatMap((bundle, n) => bundle.flatMap((p) => p.findings.map((f) => [f.id, n] as const))));
    return { passages, split, bundleOf };
  }

  async function status(page: Page): Promise<string> {
    return (await page.locator("#search-status").textContent()) ?? "";
  }

  /** Opens `path` on a server, waits for the first results, lists every result; returns the findings' ids in order. */
  async function listAll(page: Page, origin: string, path: string, expectedStatus: RegExp | string): Promise<string[]> {
    await page.goto(`${origin}${path}`);
    await expect.poll(() => status(page)).toMatch(expectedStatus);
    const more = page.locator("#search-more");
    for (let i = 0; i < 200 && (await more.isVisible()); i++) {
      const before = await page.locator("#search-results > li").count();
      await more.click();
      await expect.poll(async () => (await page.locator("#search-results > li").count()) > before || (await more.isHidden())).toBe(true);
    }
    expect(await more.isHidden()).toBe(true);
    return page.locator("#search-results > li").evaluateAll((items) => items.map((li) => li.getAttribute("data-finding") ?? ""));
  }

  /** The bundles the findings came from. */
  function bundlesOf(ids: readonly string[]): Set<number> {
    const { bundleOf } = bundles();
    return new Set(ids.map((id) => bundleOf.get(id) ?? -1));
  }

  test("the copy is indexed in several bundles, listed on its search page; the site as built has one and fetches no other", async () => {
    const { split } = bundles();
    expect(split.length).toBeGreaterThanOrEqual(3);
    const requested: string[] = [];
    session.page.on("request", (request) => requested.push(new URL(request.url()).pathname));

    await session.page.goto(`${site().url}/search/?q=front+door`);
    await expect.poll(() => status(session.page)).toMatch(/for “front door”/);
    expect(await session.page.locator("form#search").getAttribute(BUNDLES_ATTRIBUTE)).toBeNull();
    expect(requested.filter((path) => path.includes("/pagefind/bundle-"))).toEqual([]);

    requested.length = 0;
    await session.page.goto(`${multi()}/search/?q=front+door`);
    await expect.poll(() => status(session.page)).toMatch(/for “front door”/);
    const listed = await session.page.locator("form#search").getAttribute(BUNDLES_ATTRIBUTE);
    expect(listed?.split(" ")).toEqual(split.slice(1).map((_, i) => `bundle-${i + 1}/`));
    // Every extra bundle's entry file and metadata, and one copy of Pagefind's script and WebAssembly.
    for (let n = 1; n < split.length; n++) {
      expect(requested.some((path) => path.startsWith(`/pagefind/bundle-${n}/pagefind-entry.json`))).toBe(true);
      expect(requested.some((path) => path.startsWith(`/pagefind/bundle-${n}/pagefind.`) && path.endsWith(".pf_meta"))).toBe(true);
    }
    expect(requested.filter((path) => path.endsWith(".pagefind"))).toEqual(["/pagefind/wasm.en.pagefind"]);
    expect(requested.filter((path) => path.endsWith("/pagefind.js"))).toEqual(["/pagefind/pagefind.js"]);
    session.page.removeAllListeners("request");
  });

  test("without words, Pagefind lists every passage of every bundle, equally scored, in the order they were indexed", async () => {
    const { passages } = bundles();
    await session.page.goto(`${multi()}/search/`);
    await expect.poll(() => status(session.page)).toBe("Type words or choose filters to see findings.");
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const listed = (await session.page.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      const response = await pagefind.search(null, { filters: { n: { none: ["0"] } } });
      return Promise.all(response.results.map(async (r) => ({ score: r.score, url: (await r.data()).url })));
    })()`)) as { score: number; url: string }[];
    expect(listed.map((r) => r.url)).toEqual(passages.map((p) => p.url));
    expect(new Set(listed.map((r) => r.score)).size).toBe(1);
  });

  test("ticking a polarity and an authority finds exactly their findings, from several bundles, in the order one index gives", async () => {
    const kent = builtAuthorityCode("kent");
    const expected = builtFindings().filter(({ finding }) => finding.polarity === "strength" && finding.authorities.includes(kent));
    expect(bundlesOf(expected.map(({ finding }) => finding.id)).size).toBeGreaterThan(1);
    const path = "/search/?polarity=strength&authority=kent";
    const exact = `${expected.length} findings with 2 filters.`;
    const shown = await listAll(session.page, multi(), path, exact);
    expect([...shown].sort()).toEqual(expected.map(({ finding }) => finding.id).sort());
    expect(bundlesOf(shown).size).toBeGreaterThan(1);
    // The total is exact from the first batch on: the bundles' counts are summed.
    expect(await status(session.page)).toBe(exact);
    expect(shown).toEqual(await listAll(session.page, site().url, path, exact));
    const dateOf = new Map(expected.map(({ doc, finding }) => [finding.id, documentDate(doc) ?? ""]));
    const dates = shown.map((id) => dateOf.get(id) ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test("a theme filter lists exactly the findings carrying the theme, across bundles, with an exact total", async () => {
    const expected = builtFindings().filter(({ finding }) => finding.themes.includes("mash"));
    expect(bundlesOf(expected.map(({ finding }) => finding.id)).size).toBeGreaterThan(1);
    const exact = `${expected.length} ${expected.length === 1 ? "finding" : "findings"} with 1 filter.`;
    const shown = await listAll(session.page, multi(), "/search/?theme=mash", exact);
    expect([...shown].sort()).toEqual(expected.map(({ finding }) => finding.id).sort());
    expect(shown).toEqual(await listAll(session.page, site().url, "/search/?theme=mash", exact));
  });

  test("a word search shows the findings holding every word from every bundle (sub-results of each)", async () => {
    const words = queryWords("front door");
    const expected = builtFindings().filter(({ finding }) => containsEveryWord(finding.text, words));
    expect(bundlesOf(expected.map(({ finding }) => finding.id)).size).toBeGreaterThan(1);
    const shown = await listAll(session.page, multi(), "/search/?q=front+door", /^(At least )?[1-9][\d,]* findings? for “front door”/);
    expect([...shown].sort()).toEqual(expected.map(({ finding }) => finding.id).sort());
    expect(await status(session.page)).toBe(`${expected.length} findings for “front door”.`);
  });

  test("words and a theme together keep the findings holding the words and carrying the theme, across bundles", async () => {
    const words = queryWords("front door");
    const expected = builtFindings().filter(({ finding }) => containsEveryWord(finding.text, words) && finding.themes.includes("mash"));
    expect(expected.length).toBeGreaterThan(0);
    const shown = await listAll(session.page, multi(), "/search/?q=front+door&theme=mash", /for “front door” with 1 filter/);
    expect([...shown].sort()).toEqual(expected.map(({ finding }) => finding.id).sort());
  });
});

