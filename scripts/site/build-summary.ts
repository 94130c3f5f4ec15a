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
  return timed(timings, name, name, run);
}

/**
 * Times one of several parts a stage runs side by side, recording it indented under the stage
 * (which is recorded when all are done, so the parts print first: see printSummary).
 */
export async function timePart<T>(timings: [string, number][], name: string, run: () => Promise<T>): Promise<T> {
  return timed(timings, `${PART_INDENT}${name}`, name, run);
}

async function timed<T>(timings: [string, number][], recorded: string, name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  timings.push([recorded, seconds]);
  console.log(`  done in ${seconds.toFixed(1)} s (${name})`);
  return result;
}

const PART_INDENT = "  ";

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
    ...stagesBeforeParts(summary.timings).map(([name, s]) => `  ${s.toFixed(1).padStart(6)} s  ${name}`),
  ];
  for (const error of summary.errors.slice(0, 10)) lines.push(`  ✗ ${error.source}: ${error.message}`);
  if (summary.errors.length > 10) lines.push(`  … and ${summary.errors.length - 10} more errors`);
  for (const error of summary.searchErrors) lines.push(`  ✗ pagefind: ${error}`);
  console.log(lines.join("\n"));
}

/** The timings with each stage's parts (timePart's, indented) after the stage rather than before it. */
function stagesBeforeParts(timings: readonly [string, number][]): [string, number][] {
  const out: [string, number][] = [];
  let parts: [string, number][] = [];
  for (const timing of timings) {
    if (timing[0].startsWith(PART_INDENT)) parts.push(timing);
    else {
      out.push(timing, ...parts);
      parts = [];
    }
  }
  return [...out, ...parts];
}
