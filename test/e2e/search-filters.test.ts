import { describe, expect, test } from "vitest";
import { formatDate } from "../../src/lib/labels.ts";
import { documentDate } from "../../src/lib/search/facets.ts";
import { containsEveryWord, queryWords } from "../../src/scripts/select-findings.ts";
import { builtAuthorityCode, builtFindings, useBrowserPage, site, skipReason } from "./browser.ts";

describe.skipIf(skipReason !== null)(skipReason ?? "search with filters", () => {
  const session = useBrowserPage();

  /** Clicks "Show more results" until every result is listed; returns the listed findings' ids. */
  async function showAll(): Promise<string[]> {
    const more = session.page.locator("#search-more");
    for (let i = 0; i < 200 && (await more.isVisible()); i++) {
      const before = await session.page.locator("#search-results > li").count();
      await more.click();
      await expect.poll(async () => (await session.page.locator("#search-results > li").count()) > before || (await more.isHidden())).toBe(true);
    }
    expect(await more.isHidden()).toBe(true);
    return session.page.locator("#search-results > li").evaluateAll((items) => items.map((li) => li.getAttribute("data-finding") ?? ""));
  }

  async function status(): Promise<string> {
    return (await session.page.locator("#search-status").textContent()) ?? "";
  }

  test("ticking a polarity and an authority finds exactly their findings and puts both in the URL", async () => {
    const kent = builtAuthorityCode("kent");
    const expected = builtFindings().filter(({ finding }) => finding.polarity === "strength" && finding.authorities.includes(kent));
    expect(expected.length).toBeGreaterThan(20);
    await session.page.goto(`${site().url}/search/`);
    await session.page.getByLabel(/^Strength \(\d+\)$/).check();
    await session.page.getByLabel(/^Kent \(\d+\)$/).check();
    // The total is exact from the first batch on: Pagefind's counts of each passage's number of findings.
    await expect.poll(status).toBe(`${expected.length} findings with 2 filters.`);
    expect(new URL(session.page.url()).searchParams.getAll("polarity")).toEqual(["strength"]);
    expect(new URL(session.page.url()).searchParams.getAll("authority")).toEqual(["kent"]);
    await expect.poll(() => session.page.locator("#search-results > li").count()).toBe(20);
    const shown = await showAll();
    expect([...shown].sort()).toEqual(expected.map(({ finding }) => finding.id).sort());
    expect(await session.page.locator("#search-results .t.s").count()).toBe(shown.length);
    const texts = await session.page.locator("#search-results > li blockquote").allTextContents();
    expect(texts.map((t) => t.trim()).sort()).toEqual(expected.map(({ finding }) => finding.text.trim()).sort());
    // Without words the newest documents come first.
    const byId = new Map(expected.map(({ doc, finding }) => [finding.id, documentDate(doc) ?? ""]));
    const dates = shown.map((id) => byId.get(id) ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test("a theme filter lists exactly the findings carrying the theme, with their labels and links", async () => {
    const expected = builtFindings().filter(({ finding }) => finding.themes.includes("mash"));
    expect(expected.length).toBeGreaterThan(0);
    await session.page.goto(`${site().url}/search/?theme=mash`);
    await expect.poll(status).toBe(`${expected.length} ${expected.length === 1 ? "finding" : "findings"} with 1 filter.`);
    const shown = await showAll();
    expect([...shown].sort()).toEqual(expected.map(({ finding }) => finding.id).sort());
    // Each result shows the finding's themes, authority and date, and links to the finding and its document.
    const first = expected.find(({ finding }) => finding.id === shown[0])!;
    const item = session.page.locator(`#search-results > li[data-finding="${first.finding.id}"]`);
    const facts = (await item.locator("p.src").first().textContent()) ?? "";
    expect(facts).toContain("MASH");
    expect(facts).toContain(formatDate(documentDate(first.doc)));
    expect(await item.getByRole("link", { name: "Link to this finding" }).getAttribute("href")).toMatch(
      new RegExp(`^/reports/${first.doc.id}/(\\d+/)?#${first.finding.id}$`),
    );
    expect(await item.getByRole("link", { name: first.doc.title }).getAttribute("href")).toBe(`/reports/${first.doc.id}/`);
  });

  test("a shared URL with a theme and an authority restores the filters and lists exactly their findings", async () => {
    const kent = builtAuthorityCode("kent");
    const expected = builtFindings().filter(({ finding }) => finding.themes.includes("mash") && finding.authorities.includes(kent));
    expect(expected.length).toBeGreaterThan(0);
    await session.page.goto(`${site().url}/search/?theme=mash&authority=kent`);
    await expect.poll(status).toMatch(new RegExp(`^${expected.length} findings? with 2 filters\\.$`));
    expect(await session.page.locator('input[name="theme"][value="mash"]').isChecked()).toBe(true);
    const shown = await showAll();
    expect([...shown].sort()).toEqual(expected.map(({ finding }) => finding.id).sort());
    const link = await session.page.locator("#search-results > li a").first().getAttribute("href");
    expect(link).toMatch(/^\/reports\/[a-z0-9-]+\/(\d+\/)?#f-[0-9a-f]{12}$/);
  });

  test("a word search shows only findings holding every word, and all of them once every passage is read", async () => {
    const query = "front door";
    const words = queryWords(query);
    const expected = builtFindings().filter(({ finding }) => containsEveryWord(finding.text, words));
    expect(expected.length).toBeGreaterThan(0);
    await session.page.goto(`${site().url}/search/?q=front+door`);
    await expect.poll(status).toMatch(/^(At least )?[1-9][\d,]* findings? for “front door”/);
    expect(await session.page.locator("#search-q").inputValue()).toBe(query);
    const shown = await showAll();
    const texts = await session.page.locator("#search-results > li blockquote").allTextContents();
    for (const text of texts) expect(containsEveryWord(text, words), text).toBe(true);
    expect([...shown].sort()).toEqual(expected.map(({ finding }) => finding.id).sort());
    // Every passage read: the count is exact now.
    expect(await status()).toBe(`${expected.length} findings for “front door”.`);
  });

  test("words and a theme together keep the findings holding the words and carrying the theme", async () => {
    const words = queryWords("front door");
    const expected = builtFindings().filter(({ finding }) => containsEveryWord(finding.text, words) && finding.themes.includes("mash"));
    expect(expected.length).toBeGreaterThan(0);
    await session.page.goto(`${site().url}/search/?q=front+door&theme=mash`);
    await expect.poll(status).toMatch(/for “front door” with 1 filter/);
    const shown = await showAll();
    expect([...shown].sort()).toEqual(expected.map(({ finding }) => finding.id).sort());
  });
});
