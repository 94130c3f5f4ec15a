/**
 * Fuzz the extractor: mutate seed texts (the bundled reports, the hostile fixtures and, when
 * /work/shared is there, the text of a few real Ofsted PDFs), run each through reading and
 * extraction on a worker thread, and report crashes, hangs, slow inputs and broken invariants.
 *
 *   node scripts/reliability/fuzz.ts [--count 3000] [--seed 1] [--real 4] [--budget-ms 5000] [--save DIR]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { PROJECT_ROOT } from "../extract/extractor-version.ts";
import { readPdf } from "../readers/pdf.ts";
import type { InputVerdict } from "./check-input.ts";
import type { FuzzReply, FuzzTask } from "./fuzz-worker.ts";
import { HOSTILE_HTML, HOSTILE_MARKDOWN, HOSTILE_TEXT } from "./hostile-corpus.ts";
import { makePdf } from "./make-pdf.ts";
import { mutate, seededRandom } from "./mutate-text.ts";

/** How to fuzz. */
export interface FuzzOptions {
  /** Number of inputs. */
  count: number;
  /** Seed of the first input; input i uses seed + i, so any one can be made again alone. */
  seed?: number;
  /** Seed texts to mutate (default: `defaultSeedTexts()`). */
  seeds?: readonly string[];
  /** An input slower than this fails as slow (default 5000 ms). */
  budgetMs?: number;
  /** A worker silent for this long is terminated and its input fails as a hang (default 30 s). */
  hangMs?: number;
  /** Write every failing input here, named by its seed. */
  saveDir?: string;
  /** Called after each input. */
  onInput?: (done: number, result: FuzzResult) => void;
}

/** One input's result. */
export interface FuzzResult {
  seed: number;
  path: string;
  mutations: string[];
  bytes: number;
  verdict: InputVerdict | { outcome: "hang"; ms: number; message: string; problems: string[] };
  /** Why it counts as a failure, when it does. */
  failure?: string;
}

/** What a fuzz run found. */
export interface FuzzReport {
  inputs: number;
  documents: number;
  refused: number;
  failures: FuzzResult[];
  slowest: FuzzResult[];
  /** Refusal messages and how often each came (first 60 characters). */
  refusals: Record<string, number>;
}

const WORKER_URL = new URL("./fuzz-worker.ts", import.meta.url);

/** The bundled seed reports and the hostile fixtures, as texts to mutate. */
export function defaultSeedTexts(): string[] {
  const dir = join(PROJECT_ROOT, "content/reports");
  const seeds = readdirSync(dir).filter((f) => /\.(txt|md|html?)$/.test(f)).sort().map((f) => readFileSync(join(dir, f), "utf8"));
  return [...seeds, HOSTILE_HTML, HOSTILE_MARKDOWN, HOSTILE_TEXT];
}

/** The text layer of `count` real Ofsted PDFs spread over the shared corpus (none when it is absent). */
export async function realReportTexts(count: number, corpus = "/work/shared/corpus/ofsted"): Promise<string[]> {
  if (count === 0 || !existsSync(corpus)) return [];
  const pdfs = readdirSync(corpus, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".pdf")).sort();
  const step = Math.max(1, Math.floor(pdfs.length / count));
  const texts: string[] = [];
  for (let i = 0; i < pdfs.length && texts.length < count; i += step) {
    const path = join(corpus, pdfs[i]!);
    const read = await readPdf(new Uint8Array(readFileSync(path)), path).catch(() => undefined);
    if (read) texts.push(read.text);
  }
  return texts;
}

/** Build input `seed`: a mutated seed text, dressed as a .txt, .md, .html or (rarely) .pdf file. */
export function makeInput(seed: number, seeds: readonly string[]): { path: string; bytes: Uint8Array; mutations: string[] } {
  const random = seededRandom(seed);
  const { names, result } = mutate(random.pick(seeds), random);
  const format = random.pick([".txt", ".txt", ".md", ".html", ".htm", ".pdf"] as const);
  const path = `/fuzz/input-${seed}${format}`;
  if (format === ".pdf") {
    const text = typeof result === "string" ? result : new TextDecoder("latin1").decode(result);
    const lines = text.split("\n").slice(0, 400).map((line) => line.slice(0, 200));
    const pages = Array.from({ length: Math.ceil(lines.length / 50) || 1 }, (_, p) => lines.slice(p * 50, p * 50 + 50));
    return { path, bytes: makePdf({ pages }), mutations: [...names, "as PDF"] };
  }
  if (typeof result !== "string") return { path, bytes: result, mutations: names };
  const body = format === ".html" && !/<html/i.test(result) ? `<!doctype html><html><head><title>Fuzz</title></head><body><article><p>${result.split("\n\n").join("</p><p>")}</p></article></body></html>` : result;
  return { path, bytes: new TextEncoder().encode(body), mutations: names };
}

/** Run `options.count` inputs through the extractor on one worker thread. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const seeds = options.seeds ?? defaultSeedTexts();
  const first = options.seed ?? 1;
  const budgetMs = options.budgetMs ?? 5000;
  const hangMs = options.hangMs ?? 30_000;
  const report: FuzzReport = { inputs: 0, documents: 0, refused: 0, failures: [], slowest: [], refusals: {} };
  let worker = await startWorker();
  try {
    for (let i = 0; i < options.count; i++) {
      const seed = first + i;
      const input = makeInput(seed, seeds);
      const reply = await ask(worker, { id: seed, bytes: input.bytes, path: input.path }, hangMs);
      if (reply === "hang") {
        await worker.terminate();
        worker = await startWorker();
      }
      const verdict = reply === "hang" ? { outcome: "hang" as const, ms: hangMs, message: `no answer in ${hangMs} ms`, problems: [] } : reply.verdict;
      const result: FuzzResult = { seed, path: input.path, mutations: input.mutations, bytes: input.bytes.length, verdict };
      if (verdict.outcome === "failed" || verdict.outcome === "hang") result.failure = verdict.message ?? verdict.outcome;
      else if (verdict.ms > budgetMs) result.failure = `slow: ${Math.round(verdict.ms)} ms (budget ${budgetMs} ms)`;
      tally(report, result);
      if (result.failure && options.saveDir) saveInput(options.saveDir, seed, input.path, input.bytes);
      options.onInput?.(i + 1, result);
    }
  } finally {
    await worker.terminate();
  }
  return report;
}

function tally(report: FuzzReport, result: FuzzResult): void {
  report.inputs++;
  if (result.verdict.outcome === "document") report.documents++;
  if (result.verdict.outcome === "refused") {
    report.refused++;
    const key = (result.verdict.message ?? "").replace(/\/fuzz\/input-\d+\.\w+:?\s*/g, "").slice(0, 60);
    report.refusals[key] = (report.refusals[key] ?? 0) + 1;
  }
  if (result.failure) report.failures.push(result);
  report.slowest.push(result);
  report.slowest.sort((a, b) => b.verdict.ms - a.verdict.ms);
  report.slowest.length = Math.min(report.slowest.length, 5);
}

function saveInput(dir: string, seed: number, path: string, bytes: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `seed-${seed}${path.slice(path.lastIndexOf("."))}`), bytes);
}

async function startWorker(): Promise<Worker> {
  const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  await new Promise<void>((ready, fail) => {
    worker.once("message", () => ready());
    worker.once("error", fail);
  });
  return worker;
}

function ask(worker: Worker, task: FuzzTask, hangMs: number): Promise<FuzzReply | "hang"> {
  return new Promise((answer) => {
    const onMessage = (reply: FuzzReply): void => {
      if (reply.id !== task.id) return;
      done();
      answer(reply);
    };
    // A worker that dies (out of memory, a crash outside the try) is a failure of this input, like a hang.
    const onError = (error: Error): void => {
      done();
      answer({ id: task.id, verdict: { outcome: "failed", ms: 0, message: `worker died: ${error.message}`, problems: [] } });
    };
    const timer = setTimeout(() => {
      done();
      answer("hang");
    }, hangMs);
    const done = (): void => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.postMessage(task);
  });
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      real: { type: "string", default: "4" },
      "budget-ms": { type: "string", default: "5000" },
      save: { type: "string" },
    },
  });
  const seeds = [...defaultSeedTexts(), ...(await realReportTexts(Number(values.real)))];
  const started = performance.now();
  const options: FuzzOptions = {
    count: Number(values.count),
    seed: Number(values.seed),
    seeds,
    budgetMs: Number(values["budget-ms"]),
    onInput: (done, result) => {
      if (result.failure) console.error(`FAIL seed ${result.seed} [${result.mutations.join(", ")}] ${result.path}: ${result.failure.split("\n").slice(0, 3).join(" | ")}`);
      if (done % 100 === 0) console.error(`${done} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    },
  };
  if (values.save) options.saveDir = resolve(values.save);
  const report = await runFuzz(options);
  console.log(`${report.inputs} inputs from ${seeds.length} seed texts: ${report.documents} documents, ${report.refused} refused cleanly, ${report.failures.length} failures`);
  console.log("refusals:", report.refusals);
  console.log("slowest:", report.slowest.map((r) => `seed ${r.seed} ${Math.round(r.verdict.ms)} ms [${r.mutations.join(", ")}] ${r.bytes} bytes`));
  process.exitCode = report.failures.length > 0 ? 1 : 0;
}
