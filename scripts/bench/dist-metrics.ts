/** Sizes of a built site: HTML pages, dist/, dist/pagefind/ and the largest page. */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** What the built site weighs. */
export interface DistMetrics {
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
  largestHtml: { path: string; bytes: number } | undefined;
  /** Pages over the 200 kB budget. */
  htmlOverBudget: number;
}

/** Walk `dist` once and add up its files. */
export function distMetrics(dist: string, htmlBudgetBytes = 200_000): DistMetrics {
  const metrics: DistMetrics = { htmlPages: 0, distBytes: 0, pagefindBytes: 0, largestHtml: undefined, htmlOverBudget: 0 };
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
    }
  };
  walk(dist);
  return metrics;
}
