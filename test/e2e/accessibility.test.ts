import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeSource, builtExtraction, launchBrowser, site, skipReason } from "./browser.ts";

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(skipReason !== null)(skipReason ?? "accessibility (axe-core)", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    // Bypass the site's CSP only so that axe itself can be injected.
    page = await browser.newPage({ bypassCSP: true });
  });
  afterAll(async () => browser?.close());

  /** One page of every template, chosen from what the build produced. */
  function templates(): string[] {
    const doc = builtExtraction().documents[0];
    const finding = doc?.findings[0];
    return [
      "/",
      "/search/?theme=mash",
      "/search/?q=front+door&sort=date",
      `/reports/${doc?.id}/`,
      `/reports/${doc?.id}/#${finding?.id}`,
      `/reports/${doc?.id}/?hl=${encodeURIComponent(finding?.text.split(/\s+/)[1] ?? "the")}#${finding?.id}`,
      "/reports/",
      `/reports/year/${(doc?.published ?? doc?.inspection.dates[0])?.slice(0, 4) ?? "undated"}/`,
      "/authorities/",
      "/authorities/kent/",
      "/themes/",
      "/themes/mash/",
      "/compare/",
      "/compare/authorities/",
      "/compare/authorities/kent/",
      "/good-practice/",
      "/data/",
      "/data/schema/",
      "/about/",
      "/build-report/",
      "/trajectories/",
      "/trajectories/kent/",
    ];
  }

  test.each(templates())("%s has no axe violations", async (path) => {
    // A fresh load each time: going to a #fragment of the page already open is not a navigation.
    await page.goto("about:blank");
    const response = await page.goto(`${site().url}${path}`);
    expect(response?.status()).toBe(200);
    if (path.startsWith("/search/")) {
      await expect.poll(() => page.locator("#search-results > li").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    }
    await page.addScriptTag({ content: axeSource() });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    });
    const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(summary).toEqual([]);
  });
});
