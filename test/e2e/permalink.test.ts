import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { builtExtraction, launchBrowser, site, skipReason } from "./browser.ts";

describe.skipIf(skipReason !== null)(skipReason ?? "finding permalinks", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => browser?.close());

  test("a finding's permalink highlights the finding and shows its citation", async () => {
    const doc = builtExtraction().documents.find((d) => d.findings.some((f) => f.polarity === "strength"));
    const finding = doc?.findings.find((f) => f.polarity === "strength");
    if (!doc || !finding) throw new Error("The bundled corpus should hold a strength.");
    await page.goto(`${site().url}/reports/${doc.id}/#${finding.id}`);
    expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(finding.id);
    const target = page.locator(`[id="${finding.id}"]`);
    // Highlighted: the :target rule gives it an outline the other findings lack.
    expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    const citation = target.locator(".cite");
    expect(await citation.isVisible()).toBe(true);
    expect(await citation.textContent()).toContain(doc.title);
  });
});
