import type { ExtractionError } from "../../src/schemas/extraction.ts";

/** What the build reports at the end. */
export interface BuildSummary {
  documents: number;
  findings: number;
  errors: readonly ExtractionError[];
  searchRecords: number;
  /** Pagefind bundles the records were written in. */
  searchBundles?: number;
  searchErrors: readonly string[];
  pages: number;
  distSize: string;
  timings: readonly [string, number][];
}

/** Runs one stage, printing a line when it starts and its time when it ends, and records the time. */
export async function timeStage<T>(timings: [string, number][], name: string, run: () => Promise<T>): Promise<T> {
  console.log(`▸ ${name}…`);
  const started = performance.now();
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  timings.push([name, seconds]);
  console.log(`  done in ${seconds.toFixed(1)} s (${name})`);
  return result;
}

/** Prints the build's totals, the inputs that failed (first ten), and the time per stage. */
export function printSummary(summary: BuildSummary): void {
  const lines = [
    "",
    "Build summary",
    `  documents       ${summary.documents}`,
    `  findings        ${summary.findings}`,
    `  errors          ${summary.errors.length}`,
    `  pages written   ${summary.pages}`,
    `  search records  ${summary.searchRecords}`,
    ...(summary.searchBundles === undefined ? [] : [`  search bundles  ${summary.searchBundles}`]),
    `  dist size       ${summary.distSize}`,
    ...summary.timings.map(([name, s]) => `  ${s.toFixed(1).padStart(6)} s  ${name}`),
  ];
  for (const error of summary.errors.slice(0, 10)) lines.push(`  ✗ ${error.source}: ${error.message}`);
  if (summary.errors.length > 10) lines.push(`  … and ${summary.errors.length - 10} more errors`);
  for (const error of summary.searchErrors) lines.push(`  ✗ pagefind: ${error}`);
  console.log(lines.join("\n"));
}
