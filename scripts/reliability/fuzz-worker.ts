/**
 * Fuzz worker thread: loads the extraction resources once, then checks one input per message,
 * so the runner can terminate a worker that hangs and go on with a fresh one.
 */
import { parentPort } from "node:worker_threads";
import { loadResources } from "../extract/load-resources.ts";
import { checkInput } from "./check-input.ts";
import type { InputVerdict } from "./check-input.ts";

/** One input for the worker. */
export interface FuzzTask {
  id: number;
  bytes: Uint8Array;
  path: string;
}

/** The worker's verdict on one input. */
export interface FuzzReply {
  id: number;
  verdict: InputVerdict;
}

if (parentPort) {
  const port = parentPort;
  const resources = loadResources();
  port.on("message", (task: FuzzTask) => {
    void checkInput(task.bytes, task.path, resources).then((verdict) => port.postMessage({ id: task.id, verdict } satisfies FuzzReply));
  });
  port.postMessage({ ready: true });
}
