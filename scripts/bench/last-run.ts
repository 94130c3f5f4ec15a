/** The last run's figures per corpus, kept in .bench/last.json so a change's effect shows. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { BenchFigures } from "./bench-figures.ts";

/** The figures last recorded for `corpusKey`, if any. */
export function readLastRun(file: string, corpusKey: string): BenchFigures | undefined {
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as Record<string, BenchFigures>)[corpusKey];
  } catch {
    return undefined;
  }
}

/** Record `figures` as the last run for `corpusKey`, keeping other corpora's. */
export function writeLastRun(file: string, corpusKey: string, figures: BenchFigures): void {
  let all: Record<string, BenchFigures> = {};
  try {
    all = JSON.parse(readFileSync(file, "utf8")) as Record<string, BenchFigures>;
  } catch {
    // first run
  }
  all[corpusKey] = figures;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}
