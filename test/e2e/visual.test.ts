import { describe, expect, test } from "vitest";
import { documentDate } from "../../src/lib/search/facets.ts";
import { builtAuthorities, builtExtraction, builtFindings, useBrowserPage, site, skipReason } from "./browser.ts";

describe.skipIf(skipReason !== null)(skipReason ?? "map, charts and search answers", () => {
  const session = useBrowserPage();

  test("the judgement map links every authority once, and its table twin lists them all", async () => {
    await session.page.goto(`${site().url}/authorities/`);
    const areas = await session.page.locator("svg.map-svg a.map-area").evaluateAll((as) => as.map((a) => a.getAttribute("aria-label") ?? ""));
    const names = new Set(areas.map((label) => label.replace(/: .*$/, "")));
    expect(names).toEqual(new Set(builtAuthorities().map((a) => a.name)));
    expect(areas).toHaveLength(builtAuthorities().length);
    expect(await session.page.locator("details.map-table tbody tr").count()).toBe(builtAuthorities().length);
    // Each graded authority's area names the grade of its newest graded document.
    const graded = builtExtraction().documents.filter((d) => d.inspection.judgement !== null);
    for (const authority of builtAuthorities()) {
      const newest = graded
        .filter((d) => d.authorities.some((a) => a.code === authority.code))
        .sort((a, b) => (documentDate(b) ?? "").localeCompare(documentDate(a) ?? ""))[0];
      const label = areas.find((l) => l.startsWith(`${authority.name}: `)) ?? "";
      if (newest) expect(label.toLowerCase()).toContain(`${authority.name}: ${newest.inspection.judgement}`.toLowerCase());
      else expect(label).toBe(`${authority.name}: no overall judgement in the collection`);
    }
  });

  test("a theme's year chart table counts its dated judged findings, and its map links to its findings", async () => {
    await session.page.goto(`${site().url}/themes/mash/`);
    expect(await session.page.locator("#year-chart-caption ~ svg rect").count()).toBeGreaterThan(0);
    const table = await session.page.locator("details:has(summary:text('The chart as a table')) tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector("th")?.textContent ?? "", [...tr.querySelectorAll("td")].reduce((n, td) => n + Number(td.textContent), 0)] as const),
    );
    const expected = new Map<string, number>();
    for (const { finding, doc } of builtFindings()) {
      const date = documentDate(doc);
      if (!finding.themes.includes("mash") || finding.polarity === "context" || !date) continue;
      expected.set(date.slice(0, 4), (expected.get(date.slice(0, 4)) ?? 0) + 1);
    }
    expect(new Map(table.filter(([, n]) => n > 0))).toEqual(expected);
    const shares = await session.page.locator("svg.map-svg a.map-area:not(.none)").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(shares.length).toBeGreaterThan(0);
    for (const href of shares) expect(new URL(href, "http://x").searchParams.get("theme")).toBe("mash");
  });

  test("a search by date lists the newest year first, marks the words, and carries them to the finding's page", async () => {
    await session.page.goto(`${site().url}/search/?q=front+door&sort=date`);
    await expect.poll(() => session.page.locator("#search-results > li").count()).toBeGreaterThan(1);
    await expect.poll(async () => (await session.page.locator("#search-status").textContent()) ?? "").toMatch(/^\d+ findings? for “front door”, newest year first\.$/);
    const ids = await session.page.locator("#search-results > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-finding") ?? ""));
    const byId = new Map(builtFindings().map((ref) => [ref.finding.id, ref]));
    const dates = ids.map((id) => (documentDate(byId.get(id)!.doc) ?? "0000").slice(0, 4));
    expect(dates).toEqual([...dates].sort().reverse());
    const marks = await session.page.locator("#search-results > li").evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll("blockquote mark")].map((m) => m.textContent?.toLowerCase())));
    for (const words of marks) expect(words.some((w) => w?.startsWith("front") || w?.startsWith("door"))).toBe(true);
    const link = session.page.locator("#search-results > li").first().getByRole("link", { name: "Link to this finding" });
    expect(await link.getAttribute("href")).toMatch(/\?hl=front\+door#f-[0-9a-f]{12}$/);
    await link.click();
    const id = ids[0]!;
    await expect.poll(() => session.page.locator(`[id="${id}"] mark`).count()).toBeGreaterThan(0);
    expect(await session.page.locator(`[id="${id}"] .t mark, [id="${id}"] .p mark`).count()).toBe(0);
  });

  test("once every matching passage is read the number is exact and the facet counts are this search's", async () => {
    await session.page.goto(`${site().url}/search/?q=front+door`);
    await expect.poll(() => session.page.locator("#search-results > li").count()).toBeGreaterThan(0);
    const count = session.page.locator("#search-count");
    // Many passages left: the reader asks for the count; a few: it is read at once.
    if (await count.isVisible()) await count.click();
    await expect.poll(async () => (await session.page.locator("#search-status").textContent()) ?? "").toMatch(/^\d+ findings? for/);
    const total = Number.parseInt((await session.page.locator("#search-status").textContent()) ?? "", 10);
    const polarity = await session.page.locator("fieldset[data-facet=polarity] .facet__count").evaluateAll((spans) => spans.map((s) => Number(s.textContent?.replace(/\D/g, ""))));
    expect(polarity.reduce((a, b) => a + b, 0)).toBe(total);
    expect(await session.page.locator("#filter-counts").textContent()).toContain("this search's findings");
  });
});
