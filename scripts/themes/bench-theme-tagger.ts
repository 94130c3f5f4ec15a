/**
 * Measures the theme tagger's throughput: the gold findings' texts (or the lines of a text file
 * given as the first argument) tagged over and over until about 2 MB have passed, best of five runs.
 * Run: node scripts/themes/bench-theme-tagger.ts [file]
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadThemes } from "./load-themes.ts";
import { createThemeTagger } from "./tag-themes.ts";

const GOLD = fileURLToPath(new URL("../../../shared/gold/seeds.jsonl", import.meta.url));

/** The sentences to tag: the gold findings, or the non-empty lines of a file. */
function benchTexts(file: string | undefined): string[] {
  if (file !== undefined) return readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "");
  if (!existsSync(GOLD)) throw new Error(`no input: pass a text file, or put the gold findings at ${GOLD}`);
  return readFileSync(GOLD, "utf8")
    .split("\n")
    .filter(Boolean)
    .flatMap((line) => (JSON.parse(line) as { findings: { text: string }[] }).findings.map((f) => f.text));
}

/** Tags the texts repeatedly and returns the best throughput in MB/s over `runs` runs. */
export function measureThemeTagger(texts: readonly string[], targetBytes = 2_000_000, runs = 5): number {
  const tag = createThemeTagger(loadThemes());
  const bytes = Buffer.byteLength(texts.join("\n"));
  const rounds = Math.max(1, Math.ceil(targetBytes / bytes));
  for (const t of texts) tag(t); // let the JIT compile the hot path first
  let best = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    for (let r = 0; r < rounds; r++) for (const t of texts) tag(t);
    best = Math.max(best, (bytes * rounds) / 1e6 / ((performance.now() - started) / 1000));
  }
  return best;
}

if (import.meta.main) {
  const texts = benchTexts(process.argv[2]);
  console.log(`theme tagger: ${measureThemeTagger(texts).toFixed(1)} MB/s (best of 5 runs of about 2 MB, one core)`);
}
