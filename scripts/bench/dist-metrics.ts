/** Sizes of a built site: files, HTML pages, dist/, dist/pagefind/, the largest page and file, and the document pages. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** What the built site weighs. */
export interface DistMetrics {
  htmlPages: number;
  /** Every file under dist/ (static hosts limit the count: Cloudflare Pages to 20,000). */
  files: number;
  distBytes: number;
  /** The largest file of any kind (static hosts limit a file's size: Cloudflare Pages to 25 MiB). */
  largestFile: { path: string; bytes: number } | undefined;
  /** Files over FILE_LIMIT_BYTES. */
  filesOverLimit: number;
  /** Bytes of the document pages (reports/<id>/ and its parts), and how many documents they show. */
  documentPagesBytes: number;
  documents: number;
  pagefindBytes: number;
  largestHtml: { path: string; bytes: number } | undefined;
  /** Pages over the 200 kB budget. */
  htmlOverBudget: number;
  /** Pages that load a script, by the site section they are in (search, compare, reports, …). */
  scriptPagesBySection: Record<string, number>;
}

/** Sections whose pages may carry JavaScript: search and comparison need it, documents have the copy-citation button. */
export const SCRIPT_SECTIONS: readonly string[] = ["search", "compare", "reports"];

/** A static host's largest file: Cloudflare Pages refuses files over 25 MiB. */
export const FILE_LIMIT_BYTES = 25 * 2 ** 20;

/** A document page: reports/<id>/index.html or a later part, reports/<id>/<n>/index.html (not the reports/year/ lists). */
const DOCUMENT_PAGE = /^reports\/(?!year\/)[^/]+\/(?:\d+\/)?index\.html$/;

/** Walk `dist` once and add up its files. */
export function distMetrics(dist: string, htmlBudgetBytes = 200_000): DistMetrics {
  const metrics: DistMetrics = {
    htmlPages: 0, files: 0, distBytes: 0, largestFile: undefined, filesOverLimit: 0, documentPagesBytes: 0, documents: 0,
    pagefindBytes: 0, largestHtml: undefined, htmlOverBudget: 0, scriptPagesBySection: {},
  };
  const pagefind = join(dist, "pagefind");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const bytes = statSync(path).size;
      metrics.files++;
      metrics.distBytes += bytes;
      if (bytes > FILE_LIMIT_BYTES) metrics.filesOverLimit++;
      if (!metrics.largestFile || bytes > metrics.largestFile.bytes) metrics.largestFile = { path: relative(dist, path), bytes };
      const page = relative(dist, path);
      if (DOCUMENT_PAGE.test(page)) {
        metrics.documentPagesBytes += bytes;
        if (/^reports\/[^/]+\/index\.html$/.test(page)) metrics.documents++;
      }
      if (path.startsWith(pagefind + "/")) metrics.pagefindBytes += bytes;
      if (!entry.name.endsWith(".html")) continue;
      metrics.htmlPages++;
      if (bytes > htmlBudgetBytes) metrics.htmlOverBudget++;
      if (!metrics.largestHtml || bytes > metrics.largestHtml.bytes) metrics.largestHtml = { path: relative(dist, path), bytes };
      if (/<script\b/i.test(readFileSync(path, "utf8"))) {
        const section = relative(dist, path).split("/")[0]!.replace(/\.html$/, "");
        metrics.scriptPagesBySection[section] = (metrics.scriptPagesBySection[section] ?? 0) + 1;
      }
    }
  };
  walk(dist);
  return metrics;
}
