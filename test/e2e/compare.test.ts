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

  test("every cell of the heat map shows the count and share the extraction gives, and its colour bin", async () => {
    await session.page.goto(`${site().url}/compare/`);
    const cells = await session.page.locator("table.heat-map:has(th:text-is('Authority')) tbody td a[href*='/search/']").evaluateAll((anchors) =>
      anchors.map((a) => ({
        href: a.getAttribute("href") ?? "",
        text: a.textContent?.replace(/\s+/g, " ").trim() ?? "",
        bin: a.parentElement?.className ?? "",
      })),
    );
    const expected = expectedCells();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      const key = cellKeyOf(cell.href);
      const want = expected.get(key) ?? { s: 0, i: 0 };
      const n = want.s + want.i;
      const share = want.s / n;
      expect({ key, text: cell.text }).toEqual({ key, text: `${n} ${n === 1 ? "finding" : "findings"}, ${Math.round(share * 100)}% strengths` });
      expect(cell.bin, key).toBe(`h${Math.min(4, Math.floor(share * 5 + 1e-9))}`);
    }
    // Every non-empty (theme, authority) pair has its cell.
    const keys = new Set(cells.map((c) => cellKeyOf(c.href)));
    for (const key of expected.keys()) expect(keys, key).toContain(key);
  });

  test("a cell links to the search filtered to its theme and authority", async () => {
    await session.page.goto(`${site().url}/compare/`);
    const link = session.page.locator("table.heat-map tbody td a[href*='authority=']").first();
    const href = (await link.getAttribute("href")) ?? "";
    const params = new URL(href, site().url).searchParams;
    expect([...params.keys()].sort()).toEqual(["authority", "theme"]);
    await link.click();
    await expect.poll(() => session.page.locator("#search-status").textContent()).toMatch(/^[1-9]\d* findings? with 2 filters/);
  });

  test("the national heat map sums each region's counts, and England's row sums the regions", async () => {
    await session.page.goto(`${site().url}/compare/`);
    const region = session.page.locator("table.heat-map:has(th:text-is('Region'))");
    const counts = (selector: string) =>
      region.locator(selector).evaluateAll((tds) => tds.map((td) => Number.parseInt(td.textContent ?? "", 10)).filter((n) => !Number.isNaN(n)));
    const expected = [...expectedCells().values()].reduce((n, c) => n + c.s + c.i, 0);
    const body = await counts("tbody td:not(:nth-child(2))");
    expect(body.reduce((a, b) => a + b, 0)).toBe(expected);
    const england = await counts("tfoot td:not(:nth-child(2))");
    expect(england.reduce((a, b) => a + b, 0)).toBe(expected);
  });

  test("the reader can order rows by one theme's share and the order is kept in the URL", async () => {
    await session.page.goto(`${site().url}/compare/`);
    const table = session.page.locator("table.heat-map:has(th:text-is('Authority'))");
    const form = session.page.locator("form[data-heat-order]").last();
    const option = await form.locator("select[name=rows] optgroup option").first().getAttribute("value");
    await form.locator("select[name=rows]").selectOption(option ?? "");
    expect(new URL(session.page.url()).searchParams.get("rows")).toBe(option);
    const theme = (option ?? "").replace("theme:", "");
    const shares = await table.evaluate((t, id) => {
      const heads = [...t.querySelectorAll("thead th")];
      const col = heads.findIndex((th) => th.getAttribute("data-t") === id);
      return [...t.querySelectorAll("tbody tr")].map((tr) => {
        const td = tr.children[col] as HTMLElement;
        const n = Number.parseInt(td.textContent ?? "", 10);
        return Number.isNaN(n) ? -1 : Number(td.dataset["s"]) / n;
      });
    }, theme);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    // Columns ordered by count: every row keeps its cells under the right heads.
    await form.locator("select[name=cols]").selectOption("count");
    const heads = await table.locator("thead th[data-t]").evaluateAll((ths) => ths.map((th) => th.getAttribute("data-t")));
    const links = await table.locator("tbody tr").first().locator("td a").evaluateAll((as) => as.map((a) => new URL(a.getAttribute("href") ?? "", "http://x").searchParams.get("theme")));
    for (const theme of links) expect(heads).toContain(theme);
    const order = links.map((t) => heads.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
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
    // The chooser read each authority's CSV download; its configuration gives the authority's code.
    const codes = await session.page.evaluate(
      (slugs) => slugs.map((slug) => (JSON.parse(document.querySelector("#chooser-config")?.textContent ?? "{}") as { authorities: Record<string, { code: string }> }).authorities[slug]?.code),
      [first, second],
    );
    for (const slug of [first, second]) {
      const response = await session.page.request.get(`${site().url}/data/authorities/${slug}.csv`);
      expect(response.ok()).toBe(true);
      expect((await response.text()).startsWith("\uFEFFid,text,polarity,")).toBe(true);
    }
    const shownStrengths = await session.page.locator("#side-by-side tbody tr").evaluateAll((rows) =>
      rows.map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.getAttribute("data-strengths")))),
    );
    const column = (i: number) => shownStrengths.reduce((n, row) => n + (row[i] ?? 0), 0);
    const want = (code: string | undefined) =>
      [...expected].filter(([key]) => key.endsWith(` ${code}`)).reduce((n, [, cell]) => n + cell.s, 0);
    expect([column(0), column(1)]).toEqual([want(codes[0]), want(codes[1])]);
    // A finding's link is made from its document and id (the CSV has no url column) and lands on the finding.
    const href = (await session.page.locator("#side-by-side a[href*='/reports/']").first().getAttribute("href")) ?? "";
    expect(href).toMatch(/\/reports\/[^/]+\/#f-[0-9a-f]+$/);
    await session.page.goto(`${site().url}${href}`);
    await expect.poll(() => session.page.evaluate(() => document.querySelector(":target")?.id)).toBe(href.split("#")[1]);
  });
});
