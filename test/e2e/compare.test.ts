import { describe, expect, test } from "vitest";
import { builtAuthorities, builtExtraction, useBrowserPage, site, skipReason } from "./browser.ts";

/** The "theme code" key of a matrix cell, read from its link (the page carries no per-cell key, to stay small). */
function cellKeyOf(href: string): string {
  const params = new URL(href, "http://x/").searchParams;
  const code = builtAuthorities().find((a) => a.slug === params.get("authority"))?.code ?? "?";
  return `${params.get("theme")} ${code}`;
}

/** Strengths and areas to improve per "theme code", counted independently of the site's code. */
function expectedCells(): Map<string, { s: number; i: number }> {
  const cells = new Map<string, { s: number; i: number }>();
  for (const doc of builtExtraction().documents) {
    for (const f of doc.findings) {
      if (f.polarity !== "strength" && f.polarity !== "improvement") continue;
      for (const theme of new Set(f.themes)) {
        for (const code of new Set(f.authorities)) {
          const cell = cells.get(`${theme} ${code}`) ?? { s: 0, i: 0 };
          if (f.polarity === "strength") cell.s++;
          else cell.i++;
          cells.set(`${theme} ${code}`, cell);
        }
      }
    }
  }
  return cells;
}

describe.skipIf(skipReason !== null)(skipReason ?? "comparison page", () => {
  const session = useBrowserPage();

  test("every cell of the matrix shows the counts the extraction gives", async () => {
    await session.page.goto(`${site().url}/compare/`);
    const links = await session.page.locator(".compare-matrix td a[href*='/search/']").evaluateAll((anchors) =>
      anchors.map((a) => ({ href: a.getAttribute("href") ?? "", text: a.textContent?.replace(/\s+/g, " ").trim() ?? "" })),
    );
    const shown = links.map((l) => ({ key: cellKeyOf(l.href), text: l.text }));
    const expected = expectedCells();
    expect(shown.length).toBeGreaterThan(0);
    for (const cell of shown) {
      const want = expected.get(cell.key) ?? { s: 0, i: 0 };
      expect({ key: cell.key, text: cell.text }).toEqual({ key: cell.key, text: `${want.s} ${want.s === 1 ? "strength" : "strengths"} · ${want.i} to improve` });
    }
    // Every non-empty (theme, authority) pair has its cell.
    const keys = new Set(shown.map((c) => c.key));
    for (const key of expected.keys()) expect(keys, key).toContain(key);
  });

  test("a cell links to the search filtered to its theme and authority", async () => {
    await session.page.goto(`${site().url}/compare/`);
    const link = session.page.locator(".compare-matrix td a[href*='/search/']").first();
    const href = (await link.getAttribute("href")) ?? "";
    const params = new URL(href, site().url).searchParams;
    expect([...params.keys()].sort()).toEqual(["authority", "theme"]);
    await link.click();
    await expect.poll(() => session.page.locator("#search-status").textContent()).toMatch(/^[1-9]\d* findings? with 2 filters/);
  });

  test("the national table sums each region's counts", async () => {
    await session.page.goto(`${site().url}/compare/`);
    const cells = await session.page.locator("td[data-region-cell] a").evaluateAll((links) => links.map((a) => a.textContent ?? ""));
    const sum = cells.reduce((n, text) => n + [...text.matchAll(/\d+/g)].reduce((m, x) => m + Number(x[0]), 0), 0);
    const expected = [...expectedCells().values()].reduce((n, c) => n + c.s + c.i, 0);
    expect(sum).toBe(expected);
  });

  test("the region pages work without JavaScript and keep only that region's authorities", async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site().url}/compare/`);
    const regionLink = noJs.locator('nav[aria-label="Region"] a').nth(1);
    const region = (await regionLink.textContent())?.trim() ?? "";
    await regionLink.click();
    expect(noJs.url()).toMatch(/\/compare\/[a-z0-9-]+\/$/);
    expect(await noJs.locator("caption").textContent()).toContain(region);
    expect(await noJs.locator("table th[scope=col]").count()).toBeGreaterThan(1);
    await context.close();
  });

  test("the chooser loads two authorities' JSON and shows them side by side with the extraction's counts", async () => {
    await session.page.goto(`${site().url}/compare/authorities/`);
    const options = await session.page.locator("#chooser-0 option").evaluateAll((els) =>
      els.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
    );
    const [first, second] = options;
    if (!first || !second) throw new Error("The bundled corpus should give at least two authorities with findings.");
    await session.page.selectOption("#chooser-0", first);
    await session.page.selectOption("#chooser-1", second);
    await session.page.click("#chooser-form button[type=submit]");
    await expect.poll(() => session.page.locator("#chooser-status").textContent()).toMatch(/^Showing .+ side by side/);
    const expected = expectedCells();
    const codes = await Promise.all(
      [first, second].map(async (slug) => {
        const response = await session.page.request.get(`${site().url}/data/authorities/${slug}.json`);
        return ((await response.json()) as { authority: { code: string } }).authority.code;
      }),
    );
    const shownStrengths = await session.page.locator("#side-by-side tbody tr").evaluateAll((rows) =>
      rows.map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.getAttribute("data-strengths")))),
    );
    const column = (i: number) => shownStrengths.reduce((n, row) => n + (row[i] ?? 0), 0);
    const want = (code: string | undefined) =>
      [...expected].filter(([key]) => key.endsWith(` ${code}`)).reduce((n, [, cell]) => n + cell.s, 0);
    expect([column(0), column(1)]).toEqual([want(codes[0]), want(codes[1])]);
  });
});
