/** Sizes of a built site: HTML pages, dist/, dist/pagefind/ and the largest page. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** What the built site weighs. */
export interface DistMetrics {
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
  largestHtml: { path: string; bytes: number } | undefined;
  /** Pages over the 200 kB budget. */
  htmlOverBudget: number;
  /** Pages that load a script, by the site section they are in (search, compare, reports, …). */
  scriptPagesBySection: Record<string, number>;
}

/** Sections whose pages may carry JavaScript: search and comparison need it, documents have the copy-citation button. */
export const SCRIPT_SECTIONS: readonly string[] = ["search", "compare", "reports"];

/** Walk `dist` once and add up its files. */
export function distMetrics(dist: string, htmlBudgetBytes = 200_000): DistMetrics {
  const metrics: DistMetrics = { htmlPages: 0, distBytes: 0, pagefindBytes: 0, largestHtml: undefined, htmlOverBudget: 0, scriptPagesBySection: {} };
  const pagefind = join(dist, "pagefind");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const bytes = statSync(path).size;
      metrics.distBytes += bytes;
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
