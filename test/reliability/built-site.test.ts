/**
 * The built site from a corpus of hostile web pages, Markdown and text plus the bundled seeds:
 * nothing from a source runs in the browser, every page carries a CSP, every internal link
 * resolves, and two builds of the same corpus are identical byte for byte.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkLinks } from "../../scripts/reliability/check-links.ts";
import { buildSite } from "../../scripts/reliability/build-site.ts";
import type { SiteBuild } from "../../scripts/reliability/build-site.ts";
import { cspOf, distPages, eventHandlers, scriptUrls } from "../../scripts/reliability/dist-pages.ts";
import { writeHostileCorpus } from "../../scripts/reliability/hostile-corpus.ts";
import { serveStatic } from "../e2e/static-server.ts";

const ROOT = join(import.meta.dirname, "../..");
const CHROMIUM = "/usr/bin/chromium";
// The hostile inputs a site page is made from (the rest are refused before extraction, or are slow monsters).
const WEB_INPUTS = ["hostile.html", "hostile.md", "hostile-markup.txt", "fragment.html", "no-authority.txt", "windows-1252.txt", "rapports d'été/Kent – été.txt"];

let work: string;
let distA: string;
let distB: string;
let builds: SiteBuild[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "built-site-"));
  const all = writeHostileCorpus(join(work, "all"));
  const corpus = join(work, "corpus");
  for (const input of all.filter((i) => WEB_INPUTS.includes(i.name))) {
    mkdirSync(dirname(join(corpus, input.name)), { recursive: true });
    copyFileSync(input.path, join(corpus, input.name));
  }
  distA = join(work, "dist-a");
  distB = join(work, "dist-b");
  // One after the other: two Astro builds of one project at once would share its caches.
  builds = [];
  builds.push(await buildSite([join(ROOT, "content/reports"), corpus], distA, join(work, "extraction-a.json")));
  builds.push(await buildSite([join(ROOT, "content/reports"), corpus], distB, join(work, "extraction-b.json")));
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the site built from hostile inputs", () => {
  test("builds", () => {
    for (const build of builds) expect(build.code, build.output.slice(-2000)).toBe(0);
  });

  test("has no javascript:, vbscript: or data:text/html URL in any href, src or action of any page", () => {
    const found = distPages(distA).flatMap(({ page, html }) => scriptUrls(html).map((url) => `${page}: ${url}`));
    expect(found).toEqual([]);
  });

  test("has no inline event handler attribute on any page", () => {
    const found = distPages(distA).flatMap(({ page, html }) => eventHandlers(html).map((name) => `${page}: ${name}`));
    expect(found).toEqual([]);
  });

  test("resolves every internal link and fragment", () => {
    const report = checkLinks(distA);
    expect(report.pages).toBeGreaterThan(20);
    expect(report.links).toBeGreaterThan(100);
    expect(report.broken).toEqual([]);
  });

  test("is identical byte for byte when the same corpus is built twice", () => {
    const list = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
    const files = list(distA);
    expect(list(distB)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(distA, file)).equals(readFileSync(join(distB, file))));
    expect(differing).toEqual([]);
  });
});

describe("the Content Security Policy of the built site", () => {
  test("is set by a meta tag on every page, with no 'unsafe-inline' or 'unsafe-eval' for scripts", () => {
    const problems: string[] = [];
    for (const { page, html } of distPages(distA)) {
      const policies = cspOf(html);
      if (policies.length === 0) problems.push(`${page}: no CSP meta tag`);
      for (const policy of policies) {
        const scripts = policy.get("script-src") ?? policy.get("default-src");
        if (!scripts) problems.push(`${page}: no script-src`);
        else if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'")) problems.push(`${page}: script-src ${scripts.join(" ")}`);
      }
    }
    expect(problems).toEqual([]);
  });

  // PROPOSED: fails until astro.config.mjs adds security.csp.directives (see the reliability report):
  // without default-src, everything but scripts and styles (fetches, images, objects, <base>, forms) is unrestricted.
  test("also limits every other kind of resource to the site itself (default-src, object-src, base-uri, form-action)", () => {
    const wanted: [string, string][] = [
      ["default-src", "'self'"],
      ["object-src", "'none'"],
      ["base-uri", "'self'"],
      ["form-action", "'self'"],
    ];
    const problems: string[] = [];
    for (const { page, html } of distPages(distA)) {
      for (const policy of cspOf(html)) {
        for (const [directive, source] of wanted) if (policy.get(directive)?.join(" ") !== source) problems.push(`${page}: ${directive} is ${policy.get(directive)?.join(" ") ?? "missing"}`);
      }
    }
    expect(problems.slice(0, 8)).toEqual([]);
  });
});

describe.skipIf(!existsSync(CHROMIUM))(`the built site in Chromium (skipped: no ${CHROMIUM}; apt-get install chromium)`, () => {
  test("runs no script from a source and breaks no CSP rule on any document page, and search works under the CSP", async () => {
    const { chromium } = await import("playwright-core");
    const server = await serveStatic(distA);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    });
    try {
      const page = await browser.newPage();
      const incidents: string[] = [];
      page.on("dialog", (dialog) => {
        incidents.push(`dialog on ${page.url()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on("pageerror", (error) => incidents.push(`page error on ${page.url()}: ${error.message}`));
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) incidents.push(`CSP on ${page.url()}: ${message.text()}`);
      });
      const reports = distPages(distA).filter(({ page }) => page.startsWith("reports/") || page.startsWith("authorities/kent/") || page === "index.html");
      const urls = [...reports.map(({ page }) => `/${page.replace(/index\.html$/, "")}`), "/search/?q=pwned", "/search/?q=alert"];
      for (const path of urls) {
        await page.goto(server.url + path.split("/").map(encodeURIComponent).join("/").replace(/%3Fq%3D/, "?q="), { waitUntil: "load" });
        if (path.startsWith("/search/")) await page.waitForSelector("#search-results li", { timeout: 15_000 });
        const state = await page.evaluate(() => ({ pwned: "__pwned" in window, title: document.title }));
        if (state.pwned) incidents.push(`window.__pwned set on ${path}`);
        // The sources' scripts set the title to exactly "pwned"; a title quoting the source's text is fine.
        if (state.title === "pwned") incidents.push(`title changed by a script on ${path}`);
      }
      expect(reports.length).toBeGreaterThan(10);
      expect(incidents).toEqual([]);

      // Control: the same watch does see a page whose script runs.
      const control = await serveStatic(join(work, "all"));
      try {
        await page.goto(`${control.url}/hostile.html`, { waitUntil: "load" });
        const state = await page.evaluate(() => ({ pwned: "__pwned" in window, title: document.title }));
        expect(state).toEqual({ pwned: true, title: "pwned" });
        expect(incidents.some((i) => i.startsWith("dialog"))).toBe(true);
      } finally {
        await control.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);
});
