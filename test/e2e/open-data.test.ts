import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { POLARITY_LABEL } from "../../src/lib/labels.ts";
import { distMetrics, FILE_LIMIT_BYTES } from "../../scripts/bench/dist-metrics.ts";
import type { DownloadManifest } from "../../src/lib/open-data/download-manifest.ts";
import { EXAMPLE_QUERIES } from "../../src/lib/open-data/example-queries.ts";
import { builtExtraction, launchBrowser, site, skipReason } from "./browser.ts";

const SQLITE3 = "/usr/bin/sqlite3";

describe.skipIf(skipReason !== null)(skipReason ?? "the built site's size and open data", () => {
  test("dist/ fits a static host: no file over 25 MiB, at most 20,000 files and 250 MB", () => {
    const metrics = distMetrics(site().dist);
    expect(metrics.files).toBeGreaterThan(0);
    expect(metrics.filesOverLimit).toBe(0);
    expect(metrics.largestFile!.bytes).toBeLessThanOrEqual(FILE_LIMIT_BYTES);
    expect(metrics.files).toBeLessThanOrEqual(20_000);
    expect(metrics.distBytes).toBeLessThanOrEqual(250e6);
    // Every document has its page, and nothing but the search's bundle and the downloads is over the page budget.
    expect(metrics.documents).toBe(builtExtraction().documents.length);
  });

  test("the data page lists every compressed file with its size, rows and checksum, and each file is what it says", async () => {
    const dist = site().dist;
    const manifest = JSON.parse(readFileSync(join(dist, "data/manifest.json"), "utf8")) as DownloadManifest;
    const page = await (await fetch(`${site().url}/data/`)).text();
    const findings = builtExtraction().documents.reduce((n, d) => n + d.findings.length, 0);
    for (const file of manifest.downloads.flatMap((d) => d.files)) {
      expect(page).toContain(`href="${file.file}"`);
      expect(page).toContain(file.sha256);
      const response = await fetch(`${site().url}/data/${file.file}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBe(file.bytes);
    }
    expect(page).toContain(`${findings.toLocaleString("en-GB")} rows`);
    for (const query of EXAMPLE_QUERIES) expect(page).toContain(query.title.replaceAll("'", "&#39;"));
  });

  test.skipIf(!existsSync(SQLITE3))("the site's database opens in sqlite3 and runs the data page's example queries", () => {
    const dist = site().dist;
    const manifest = JSON.parse(readFileSync(join(dist, "data/manifest.json"), "utf8")) as DownloadManifest;
    const parts = manifest.downloads.find((d) => d.name === "findings.sqlite.gz")!.files.map((f) => readFileSync(join(dist, "data", f.file)));
    const dir = mkdtempSync(join(tmpdir(), "site-db-"));
    try {
      const path = join(dir, "findings.sqlite");
      writeFileSync(path, gunzipSync(Buffer.concat(parts)));
      const count = execFileSync(SQLITE3, ["-readonly", path, "SELECT COUNT(*) FROM findings;"], { encoding: "utf8" });
      expect(Number(count)).toBe(builtExtraction().documents.reduce((n, d) => n + d.findings.length, 0));
      for (const query of EXAMPLE_QUERIES) expect(() => execFileSync(SQLITE3, ["-readonly", path, `${query.sql};`], { encoding: "utf8" }), query.name).not.toThrow();
      expect(execFileSync(SQLITE3, [path, "PRAGMA foreign_key_check;"], { encoding: "utf8" })).toBe("");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("without JavaScript, a finding's permalink shows its labels, cues, page, citation, similar findings and what happened next", async () => {
    const dist = site().dist;
    // A finding whose panel has every part: the bundled corpus has raised findings followed up and matched elsewhere.
    let found: { document: string; id: string } | undefined;
    for (const document of readdirSync(join(dist, "reports"))) {
      const file = join(dist, "reports", document, "index.html");
      if (!existsSync(file)) continue;
      for (const match of readFileSync(file, "utf8").matchAll(/<span class="f [a-z]" id=(f-[0-9a-f]+)>.*?<span><b>Cite:<\/b>/g)) {
        const panel = match[0];
        if (panel.includes("<b>Why:</b>") && panel.includes("<b>Similar findings:</b>") && panel.includes("What happened next") && !panel.slice(20).includes('<span class="f ')) {
          found = { document, id: match[1]! };
          break;
        }
      }
      if (found) break;
    }
    expect(found, "a finding with similar findings and an outcome").toBeDefined();
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site().url}/reports/${found!.document}/#${found!.id}`);
      const panel = page.locator(`[id="${found!.id}"] > .p`);
      expect(await panel.isVisible()).toBe(true);
      const text = (await panel.innerText()).replace(/\s+/g, " ");
      for (const part of ["Confidence:", "Themes:", "Why:", "Similar findings:", "What happened next:", "Cite:"]) expect(text).toContain(part);
      const doc = builtExtraction().documents.find((d) => d.id === found!.document)!;
      const finding = doc.findings.find((f) => f.id === found!.id)!;
      // The label is the tag in front of the sentence; the citation gives the page and the anchor, and the page
      // states the document's citation once, which they complete into the finding's.
      expect(await page.locator(`[id="${found!.id}"] > a:first-child`).textContent()).toBe(POLARITY_LABEL[finding.polarity]);
      expect(text).toContain(`Cite: ${finding.page === null ? "" : `p. ${finding.page} of `}the document, #${finding.id}`);
      const cite = (await page.locator("#cite").innerText()).replace(/\s+/g, " ");
      expect(cite).toContain(`Cite this document: ${doc.publisher ?? "Anon."} (`);
      expect(cite).toContain(`Available at: /reports/${doc.id}/`);
      // Similar findings: at most two links, each naming an authority and a year.
      const similar = await panel.locator("span:has(> b:text-is('Similar findings:')) a").allInnerTexts();
      expect(similar.length).toBeGreaterThan(0);
      expect(similar.length).toBeLessThanOrEqual(2);
      for (const link of similar) expect(link).toMatch(/^[^:]+ \((?:\d{4}|undated)\)$/);
      // Its links are relative to the page (shorter) and land on the similar finding.
      const similarHref = (await panel.locator("span:has(> b:text-is('Similar findings:')) a").first().getAttribute("href")) ?? "";
      expect(similarHref.startsWith("../")).toBe(true);
      const similarPage = await context.newPage();
      await similarPage.goto(new URL(similarHref, page.url()).href);
      expect(await similarPage.evaluate(() => document.querySelector(":target")?.id)).toBe(similarHref.split("#")[1]);
      // Another finding's panel stays hidden.
      expect(await page.locator(".p").filter({ visible: true }).count()).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
