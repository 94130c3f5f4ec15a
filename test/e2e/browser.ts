import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { type Authority, AuthoritySchema } from "../../src/schemas/authority.ts";
import { type Extraction, ExtractionSchema } from "../../src/schemas/extraction.ts";

/** Debian's Chromium, which the e2e tests drive (no browser download). */
export const CHROMIUM = "/usr/bin/chromium";

/** Why the e2e tests skip, or null when they can run. */
export const skipReason = existsSync(CHROMIUM)
  ? null
  : `e2e tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium, or run .ci/run).`;

/** What the global setup built and serves. */
export interface E2ESite {
  url: string;
  dist: string;
  extractionFile: string;
  authoritiesFile: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    e2eSite: E2ESite | null;
  }
}

/** The site the global setup built; throws when it was not built (the suite should have been skipped). */
export function site(): E2ESite {
  const built = inject("e2eSite");
  if (!built) throw new Error(skipReason ?? "The e2e site was not built.");
  return built;
}

/** The extraction the site was built from, to compute expectations rather than hard-code them. */
export function builtExtraction(): Extraction {
  return ExtractionSchema.parse(JSON.parse(readFileSync(site().extractionFile, "utf8")));
}

/** The authority register the site was built with. */
export function builtAuthorities(): Authority[] {
  return AuthoritySchema.array().parse(JSON.parse(readFileSync(site().authoritiesFile, "utf8")));
}

/** Every finding of the built extraction with its document. */
export function builtFindings() {
  return builtExtraction().documents.flatMap((doc) => doc.findings.map((finding) => ({ doc, finding })));
}

/** The ONS code of the built register's authority with this slug. */
export function builtAuthorityCode(slug: string): string {
  const code = builtAuthorities().find((a) => a.slug === slug)?.code;
  if (!code) throw new Error(`no authority ${slug}`);
  return code;
}

/** Launches headless Chromium with flags that keep it off the network and quiet. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

/** One browser and page for a describe block: launched before its tests, closed after them. */
export function useBrowserPage(): { readonly browser: Browser; readonly page: Page } {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => browser?.close());
  return {
    get browser() {
      if (!browser) throw new Error("The browser is not launched yet.");
      return browser;
    },
    get page() {
      if (!page) throw new Error("The page is not open yet.");
      return page;
    },
  };
}

/** The source of axe-core, to inject into pages. */
export function axeSource(): string {
  return readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
}
