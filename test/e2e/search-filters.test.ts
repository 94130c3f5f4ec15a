import { describe, expect, test } from "vitest";
import { builtAuthorities, builtExtraction, useBrowserPage, site, skipReason } from "./browser.ts";

describe.skipIf(skipReason !== null)(skipReason ?? "search with filters", () => {
  const session = useBrowserPage();

  /** Expected findings for a polarity and an authority slug, straight from the extraction. */
  function expected(polarity: string, slug: string) {
    const code = builtAuthorities().find((a) => a.slug === slug)?.code;
    return builtExtraction().documents.flatMap((d) =>
      d.findings.filter((f) => f.polarity === polarity && code !== undefined && f.authorities.includes(code)),
    );
  }

  async function resultTexts(): Promise<string[]> {
    return session.page.locator("#search-results > li blockquote").allTextContents();
  }

  test("ticking a polarity and an authority finds exactly their findings and puts both in the URL", async () => {
    const findings = expected("strength", "kent");
    expect(findings.length).toBeGreaterThan(0);
    await session.page.goto(`${site().url}/search/`);
    await session.page.getByLabel(/^Strength \(\d+\)$/).check();
    await session.page.getByLabel(/^Kent \(\d+\)$/).check();
    await expect.poll(() => session.page.locator("#search-status").textContent()).toMatch(new RegExp(`^${findings.length} findings? with 2 filters`));
    expect(new URL(session.page.url()).searchParams.getAll("polarity")).toEqual(["strength"]);
    expect(new URL(session.page.url()).searchParams.getAll("authority")).toEqual(["kent"]);
    // Results come 20 at a time: show them all, then they must be exactly the expected findings.
    await expect.poll(() => session.page.locator("#search-results > li").count()).toBe(Math.min(findings.length, 20));
    for (let shown = 20; shown < findings.length; shown += 20) {
      await session.page.locator("#search-more").click();
      await expect.poll(() => session.page.locator("#search-results > li").count()).toBe(Math.min(findings.length, shown + 20));
    }
    expect(await session.page.locator("#search-more").isHidden()).toBe(true);
    const shown = await resultTexts();
    expect(shown.map((t) => t.trim()).sort()).toEqual(findings.map((f) => f.text.trim()).sort());
    expect(await session.page.locator("#search-results .t.s").count()).toBe(shown.length);
  });

  test("a shared URL with a theme and an authority restores the filters and the results", async () => {
    const code = builtAuthorities().find((a) => a.slug === "kent")?.code ?? "";
    const findings = builtExtraction().documents.flatMap((d) =>
      d.findings.filter((f) => f.themes.includes("mash") && f.authorities.includes(code)),
    );
    expect(findings.length).toBeGreaterThan(0);
    await session.page.goto(`${site().url}/search/?theme=mash&authority=kent`);
    await expect.poll(() => session.page.locator("#search-status").textContent()).toMatch(new RegExp(`^${findings.length} findings? with 2 filters`));
    expect(await session.page.locator('input[name="theme"][value="mash"]').isChecked()).toBe(true);
    await expect.poll(() => session.page.locator("#search-results > li").count()).toBeGreaterThan(0);
    const links = await session.page.locator("#search-results > li a").first().getAttribute("href");
    expect(links).toMatch(/^\/reports\/[a-z0-9-]+\/#f-[0-9a-f]{12}$/);
  });

  test("the home page's ?q= form lands on results for the words", async () => {
    await session.page.goto(`${site().url}/search/?q=front+door`);
    await expect.poll(() => session.page.locator("#search-status").textContent()).toMatch(/^[1-9]\d* findings? for “front door”/);
    expect(await session.page.locator("#search-q").inputValue()).toBe("front door");
  });
});
