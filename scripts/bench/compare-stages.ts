/**
 * `node scripts/bench/compare-stages.ts --texts FILE [--base DIR] [--rounds N]`: the stages' throughput of this
 * tree, and of another checkout at DIR if given, over the same texts held in memory (FILE as check-output.ts
 * writes it). Time is this thread's CPU time (not wall-clock: the machine is shared, and time spent waiting for a
 * core is not the stages'). The two sides alternate document by document within each round (which goes first
 * alternates too), so a change in the other work on the machine falls on both alike: alternating whole rounds left
 * ratios spread over ±10% on a busy host, by document they hold within a few per cent. The figures to compare are
 * each side's best round and the median of the per-round ratios.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ReadDocument } from "./read-corpus.ts";

const { values: flags } = parseArgs({ options: { texts: { type: "string" }, base: { type: "string" }, rounds: { type: "string", default: "5" } } });
if (!flags.texts) throw new Error("--texts FILE is required (write it with check-output.ts --texts FILE)");
const documents = JSON.parse(readFileSync(flags.texts, "utf8")) as ReadDocument[];
const megabytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.source.text), 0) / 1e6;

interface Side {
  name: string;
  /** The stages over one document; the thread CPU seconds they took. */
  run: (document: ReadDocument) => number;
  seconds: number[];
}

/** The stages of the checkout at `root`, with its own resources, as a timed run over one document. */
async function side(name: string, root: string): Promise<Side> {
  const { measureStages } = (await import(resolve(root, "scripts/bench/measure-stages.ts"))) as typeof import("./measure-stages.ts");
  const { loadResources } = (await import(resolve(root, "scripts/extract/load-resources.ts"))) as typeof import("../extract/load-resources.ts");
  const resources = loadResources();
  const run = (document: ReadDocument): number => {
    const before = process.threadCpuUsage();
    measureStages([document], resources);
    const spent = process.threadCpuUsage(before);
    return (spent.user + spent.system) / 1e6;
  };
  return { name, run, seconds: [] };
}

const sides = [await side("this tree", resolve(import.meta.dirname, "../.."))];
if (flags.base) sides.push(await side(`base ${flags.base}`, resolve(flags.base)));

/** One round over every document, the sides taking turns document by document; each side's seconds. */
function round(parity: number): number[] {
  const seconds = sides.map(() => 0);
  documents.forEach((document, i) => {
    const order = (i + parity) % 2 === 0 ? sides.keys() : [...sides.keys()].reverse();
    for (const s of order) seconds[s]! += sides[s]!.run(document);
  });
  return seconds;
}

// A first round to compile the code paths: not counted.
round(0);
for (let r = 0; r < Number(flags.rounds); r++) round(r + 1).forEach((seconds, s) => sides[s]!.seconds.push(seconds));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const s of sides) {
  console.log(`${s.name}: best ${(megabytes / Math.min(...s.seconds)).toFixed(2)} MB/s, median ${(megabytes / median(s.seconds)).toFixed(2)} MB/s (${megabytes.toFixed(1)} MB, rounds ${s.seconds.map((x) => x.toFixed(2)).join(" ")} s)`);
}
if (sides.length === 2) {
  const ratios = sides[0]!.seconds.map((x, i) => x / sides[1]!.seconds[i]!);
  console.log(`this tree's time / base's: median ${median(ratios).toFixed(3)} (rounds ${ratios.map((r) => r.toFixed(3)).join(" ")})`);
}
