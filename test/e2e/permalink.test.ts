import { describe, expect, test } from "vitest";
import { builtExtraction, useBrowserPage, site, skipReason } from "./browser.ts";

describe.skipIf(skipReason !== null)(skipReason ?? "finding permalinks", () => {
  const session = useBrowserPage();

  test("a finding's permalink highlights the finding and shows its citation", async () => {
    const doc = builtExtraction().documents.find((d) => d.findings.some((f) => f.polarity === "strength"));
    const finding = doc?.findings.find((f) => f.polarity === "strength");
    if (!doc || !finding) throw new Error("The bundled corpus should hold a strength.");
    await session.page.goto(`${site().url}/reports/${doc.id}/#${finding.id}`);
    expect(await session.page.evaluate(() => document.querySelector(":target")?.id)).toBe(finding.id);
    const target = session.page.locator(`[id="${finding.id}"]`);
    // Highlighted: the :target rule gives it an outline the other findings lack.
    expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    // The finding's citation gives its page and its anchor and links to the document's, stated once on the page.
    const citation = target.locator(".p > span:last-of-type");
    expect(await citation.isVisible()).toBe(true);
    expect(await citation.textContent()).toContain(`#${finding.id}`);
    if (finding.page !== null) expect(await citation.textContent()).toContain(`p. ${finding.page} of the document`);
    await citation.locator('a[href="#cite"]').click();
    const whole = session.page.locator("#cite");
    expect(await whole.isVisible()).toBe(true);
    expect(await whole.textContent()).toContain(`${doc.publisher} (`);
    expect(await whole.textContent()).toContain(`Available at: /reports/${doc.id}/`);
  });

  test("the copy button copies the citation with the finding quoted and the permalink made absolute", async () => {
    const doc = builtExtraction().documents.find((d) => d.findings.some((f) => f.polarity === "strength"))!;
    const finding = doc.findings.find((f) => f.polarity === "strength")!;
    const context = await session.browser.newContext();
    try {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site().url });
      const page = await context.newPage();
      await page.goto(`${site().url}/reports/${doc.id}/#${finding.id}`);
      await page.locator(`[id="${finding.id}"] button.copy`).click();
      await expect.poll(() => page.locator(`[id="${finding.id}"] button.copy`).textContent()).toBe("Copied");
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.startsWith(`${doc.publisher} (`)).toBe(true);
      expect(copied).not.toContain("Cite:");
      expect(copied).toContain(`${doc.title.trim().replace(/[.\s]+$/, "")}${finding.page === null ? "" : `, p. ${finding.page}`}.`);
      expect(copied).toContain(`Finding: “${finding.text.slice(0, 30)}`);
      expect(copied.endsWith(`Available at: ${site().url}/reports/${doc.id}/#${finding.id}`)).toBe(true);
    } finally {
      await context.close();
    }
  });
});
