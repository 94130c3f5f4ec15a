/**
 * Bytes a browser transfers for a first search (the search page with ?q=) and for a filtered
 * second one (one filter ticked), counted from Chromium's network events.
 */
import { existsSync } from "node:fs";
import { serveDist } from "./serve-dist.ts";

/** The two figures, or why they could not be measured. */
export type SearchBytes = { first: number; filtered: number; requests: number } | { skipped: string };

const CHROMIUM = "/usr/bin/chromium";

/** Load `/search/?q=<query>` from `dist`, then tick the first filter; count response bytes (headers and bodies). */
export async function measureSearch(dist: string, query: string): Promise<SearchBytes> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  if (!existsSync(`${dist}/pagefind`)) return { skipped: `no Pagefind index in ${dist}` };
  const { chromium } = await import("playwright-core");
  const server = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let requests = 0;
    let inFlight = 0;
    let lastActivity = Date.now();
    const pending: Promise<void>[] = [];
    page.on("request", () => {
      inFlight++;
      lastActivity = Date.now();
    });
    const settle = (): void => {
      inFlight--;
      lastActivity = Date.now();
    };
    page.on("requestfailed", settle);
    page.on("requestfinished", (request) => {
      settle();
      requests++;
      pending.push(request.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)));
    });
    // Quiet network for half a second (or 15 s in all) counts as done.
    const idle = async (): Promise<void> => {
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < 500)) await new Promise((r) => setTimeout(r, 100));
      await Promise.all(pending);
    };
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector("#search-results li", { timeout: 15_000 }).catch(() => undefined);
    await idle();
    const first = bytes;
    const filter = page.locator("form#search input[type=checkbox]").first();
    if ((await filter.count()) === 0) return { skipped: "the search page has no filter to tick" };
    await filter.check();
    await idle();
    return { first, filtered: bytes - first, requests };
  } finally {
    await browser.close();
    await server.close();
  }
}
