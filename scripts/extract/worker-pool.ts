/**
 * Extract files on worker threads, one document at a time per worker, with a time limit per
 * document: a worker that overruns is terminated, its document gets an error, and a fresh worker
 * takes its place so one pathological input cannot hang the run.
 */
import { Worker } from "node:worker_threads";
import type { FileOutcome } from "./extract-file.ts";
import type { WorkerReply, WorkerTask } from "./extract-worker.ts";

/** A file to extract, already hashed. */
export interface FileJob {
  path: string;
  sha256: string;
}

/** How the pool runs. */
export interface PoolOptions {
  /** Number of worker threads. */
  workers: number;
  /** Per-document time limit in milliseconds. */
  timeoutMs: number;
  /** Heap limit of each worker, so one huge document fails alone instead of taking the process down. */
  maxHeapMb?: number;
  /** Test hook: block the worker this long before extracting documents whose path contains `pathIncludes`. */
  injectDelay?: { pathIncludes: string; ms: number };
}

const WORKER_URL = new URL("./extract-worker.ts", import.meta.url);

/** Run every job on the pool; `onOutcome` is called once per job, in completion order. */
export async function extractInWorkers(
  jobs: readonly FileJob[],
  options: PoolOptions,
  onOutcome: (index: number, outcome: FileOutcome) => void,
): Promise<void> {
  if (jobs.length === 0) return;
  let next = 0;
  let finished = 0;
  const size = Math.max(1, Math.min(options.workers, jobs.length));
  await new Promise<void>((resolveAll) => {
    const settle = (index: number, outcome: FileOutcome): void => {
      onOutcome(index, outcome);
      finished++;
      if (finished === jobs.length) resolveAll();
    };
    for (let i = 0; i < size; i++) startSlot();

    // A slot owns one worker at a time; a timeout or a crash replaces the worker and the slot goes on.
    function startSlot(): void {
      const worker = new Worker(WORKER_URL, options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb } } : {});
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let retired = false;
      let ready = false;

      const retire = (message: string): void => {
        if (retired) return;
        retired = true;
        clearTimeout(timer);
        void worker.terminate();
        const task = current;
        current = undefined;
        if (task !== undefined) settle(task, { error: message });
        // A worker that dies before it is ready (resources failed to load) costs one job, so the pool always progresses.
        else if (!ready && next < jobs.length) settle(next++, { error: message });
        if (next < jobs.length) startSlot();
      };
      const feed = (): void => {
        if (next >= jobs.length) {
          retired = true;
          void worker.terminate();
          return;
        }
        const task = next++;
        const job = jobs[task]!;
        current = task;
        timer = setTimeout(() => retire(`timed out after ${options.timeoutMs / 1000} s; skipped`), options.timeoutMs);
        const delay = options.injectDelay && job.path.includes(options.injectDelay.pathIncludes) ? options.injectDelay.ms : undefined;
        worker.postMessage({ task, path: job.path, sha256: job.sha256, ...(delay ? { delayMs: delay } : {}) } satisfies WorkerTask);
      };

      worker.on("message", (message: WorkerReply | { ready: true }) => {
        if (retired) return;
        if ("ready" in message) {
          ready = true;
          return feed();
        }
        if (message.task !== current) return;
        clearTimeout(timer);
        current = undefined;
        settle(message.task, message.outcome);
        feed();
      });
      worker.on("error", (error) => retire(`the extraction worker failed: ${error.message}`));
      worker.on("exit", (code) => retire(`the extraction worker stopped (exit code ${code})`));
    }
  });
}
