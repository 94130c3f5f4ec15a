/**
 * Bytes a browser transfers on the search page, counted by the server (serve-dist.ts, which gzips
 * text as a static host does), in three figures:
 * - page: the search page's own load (HTML, CSS, the page's JavaScript: everything outside /pagefind/);
 * - first: the first search, loading `/search/?q=<query>`: everything Pagefind fetches (pagefind.js,
 *   its worker and wasm, the entry, pf_meta, index chunks, filter chunks, fragments);
 * - filtered: what ticking one filter then adds (by default Strength: "who runs a good MASH?").
 */
import { existsSync } from "node:fs";
import { type ServedResponse, serveDist } from "./serve-dist.ts";

/** The three figures and what made up the first search, or why they could not be measured. */
export type SearchBytes =
  | { page: number; first: number; filtered: number; requests: number; firstParts: Record<string, number>; status: string; filteredStatus: string }
  | { skipped: string };

const CHROMIUM = "/usr/bin/chromium";

/**
 * Load `/search/?q=<query>` from `dist`, then tick the filter `filter` ("name=value", e.g.
 * "polarity=strength"; the page's first checkbox when it has no such box); count the bytes of each step.
 */
export async function measureSearch(dist: string, query: string, filter = "polarity=strength"): Promise<SearchBytes> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  if (!existsSync(`${dist}/pagefind`)) return { skipped: `no Pagefind index in ${dist}` };
  const { chromium } = await import("playwright-core");
  const server = await serveDist(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    let inFlight = 0;
    page.on("request", () => void inFlight++);
    page.on("requestfinished", () => void inFlight--);
    page.on("requestfailed", () => void inFlight--);
    // Quiet for 700 ms (no request open, nothing new served), or 20 s in all, counts as done.
    const idle = async (): Promise<void> => {
      const deadline = Date.now() + 20_000;
      let seen = -1;
      let since = Date.now();
      while (Date.now() < deadline) {
        if (server.responses.length !== seen || inFlight > 0) {
          seen = server.responses.length;
          since = Date.now();
        } else if (Date.now() - since >= 700) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const settled = () =>
      page
        .waitForFunction(() => !/^(Loading|Searching)/.test(document.querySelector("#search-status")?.textContent ?? ""), null, { timeout: 20_000 })
        .catch(() => undefined);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await settled();
    await idle();
    const loaded = [...server.responses];
    const pagefind = loaded.filter((r) => r.path.includes("/pagefind/"));
    const own = loaded.filter((r) => !r.path.includes("/pagefind/"));
    const status = (await page.locator("#search-status").textContent()) ?? "";
    const [name = "", value = ""] = filter.split("=");
    const named = page.locator(`form#search input[type=checkbox][name="${name}"][value="${value}"]`);
    const box = (await named.count()) > 0 ? named.first() : page.locator("form#search input[type=checkbox]").first();
    if ((await box.count()) === 0) return { skipped: "the search page has no filter to tick" };
    await box.check();
    await page.waitForTimeout(300);
    await settled();
    await idle();
    const after = server.responses.slice(loaded.length);
    return {
      page: total(own),
      first: total(pagefind),
      filtered: total(after),
      requests: server.responses.length,
      firstParts: parts(pagefind),
      status,
      filteredStatus: (await page.locator("#search-status").textContent()) ?? "",
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function total(responses: readonly ServedResponse[]): number {
  return responses.reduce((sum, r) => sum + r.bytes, 0);
}

/** Bytes of a search by kind of Pagefind file: js, worker, wasm, entry, meta, index, filter, fragment. */
function parts(responses: readonly ServedResponse[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of responses) {
    const name = r.path.split("/pagefind/")[1] ?? r.path;
    const kind =
      name === "pagefind.js" ? "js"
      : name === "pagefind-worker.js" ? "worker"
      : name.endsWith(".pagefind") ? "wasm"
      : name.startsWith("pagefind-entry") ? "entry"
      : name.endsWith(".pf_meta") ? "meta"
      : name.split("/")[0] ?? name;
    out[kind] = (out[kind] ?? 0) + r.bytes;
  }
  return out;
}
