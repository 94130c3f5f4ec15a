import { describe, expect, test } from "vitest";
import { shortTitle } from "../../src/lib/render/document-text-html.ts";
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
    const citation = target.locator(".cite");
    expect(await citation.isVisible()).toBe(true);
    expect(await citation.textContent()).toContain(shortTitle(doc));
    expect(await citation.textContent()).toContain(`/reports/${doc.id}/#${finding.id}`);
  });
});
