/** Extraction throughput of the stages alone (reading excluded), in-process on one core. */
import { createHash } from "node:crypto";
import { extractDocument } from "../pipeline/extract-document.ts";
import type { ExtractionResources } from "../pipeline/extract-document.ts";
import type { ReadDocument } from "./read-corpus.ts";

/** Seconds the stages took and what they produced. */
export interface StageTiming {
  /** Wall-clock seconds (what the target is set on). */
  seconds: number;
  /** This thread's CPU seconds over the same calls: what the stages cost whatever else the host runs. */
  cpuSeconds: number;
  documents: number;
  findings: number;
  failed: number;
}

/** Run the stages over already-read documents, timing only `extractDocument`. */
export function measureStages(documents: readonly ReadDocument[], resources: ExtractionResources): StageTiming {
  const timing: StageTiming = { seconds: 0, cpuSeconds: 0, documents: 0, findings: 0, failed: 0 };
  for (const { path, source } of documents) {
    // A stand-in hash: the stages only use it for ids, and hashing is not a stage.
    const sha256 = createHash("sha256").update(path).digest("hex");
    const started = performance.now();
    const cpuBefore = process.threadCpuUsage();
    try {
      const document = extractDocument(source, { path, sha256 }, resources);
      timing.findings += document.findings.length;
      timing.documents++;
    } catch {
      timing.failed++;
    }
    timing.seconds += (performance.now() - started) / 1000;
    const cpu = process.threadCpuUsage(cpuBefore);
    timing.cpuSeconds += (cpu.user + cpu.system) / 1e6;
  }
  return timing;
}
