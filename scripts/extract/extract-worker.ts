/**
 * Worker thread entry: loads the resources once, then extracts one file per message.
 * Messages in: `WorkerTask`; out: `{ ready: true }` once loaded, then a `WorkerReply` per task.
 */
import { parentPort } from "node:worker_threads";
import { extractFile } from "./extract-file.ts";
import type { FileOutcome } from "./extract-file.ts";
import { loadResources } from "./load-resources.ts";

/** One file for a worker to extract. */
export interface WorkerTask {
  task: number;
  path: string;
  sha256: string;
  /** Test hook: block the thread this long before extracting, to stand in for a pathological document. */
  delayMs?: number;
}

/** A worker's answer to one task. */
export interface WorkerReply {
  task: number;
  outcome: FileOutcome;
}

if (parentPort) {
  const port = parentPort;
  const resources = loadResources();
  port.on("message", (message: WorkerTask) => {
    void (async () => {
      // A synchronous wait, like a parser stuck in a loop: only terminate() can stop it.
      if (message.delayMs) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, message.delayMs);
      const outcome = await extractFile(message.path, message.sha256, resources);
      port.postMessage({ task: message.task, outcome } satisfies WorkerReply);
    })();
  });
  port.postMessage({ ready: true });
}
