/**
 * Extract a corpus: list the inputs, hash each, take what the cache already holds, extract the rest
 * (on worker threads, or in-process for a handful), and hand on documents and errors in sorted path
 * order. One bad file gives an error entry; the rest still extract.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Extraction } from "../../src/schemas/extraction.ts";
import { DocumentSchema, type ExtractedDocument } from "../../src/schemas/document.ts";
import type { ExtractionResources } from "../pipeline/extract-document.ts";
import { CorpusDocument } from "./corpus-document.ts";
import { cacheDisabledByEnv, openExtractCache } from "./extract-cache.ts";
import type { ExtractCache } from "./extract-cache.ts";
import { extractFile } from "./extract-file.ts";
import type { FileOutcome } from "./extract-file.ts";
import { extractorVersion, PROJECT_ROOT } from "./extractor-version.ts";
import { hashInputs } from "./hash-inputs.ts";
import { listInputs } from "./list-inputs.ts";
import { loadResources } from "./load-resources.ts";
import { manifestStep } from "./manifest-apply.ts";
import { extractInWorkers } from "./worker-pool.ts";
import type { PoolOptions } from "./worker-pool.ts";

/** What happened to one input, reported through `onProgress`. */
export interface ProgressInfo {
  /** Taken from the cache rather than extracted. */
  cached: boolean;
  /** The input gave an error entry instead of a document. */
  failed: boolean;
  findings: number;
}

/** Options of a corpus extraction. */
export interface ExtractCorpusOptions {
  /** Called after each input with the count done and the total (in completion order). */
  onProgress?: (done: number, total: number, path: string, info: ProgressInfo) => void;
  /** Custom resources: extraction then runs in-process (workers load their own), without cache unless `extractorVersion` is given. */
  resources?: ExtractionResources;
  /** Largest input accepted, in bytes (default 60 MB). */
  maxBytes?: number;
  /** Worker threads (default os.availableParallelism()); 0 extracts in-process. */
  workers?: number;
  /** Below this many documents to extract, run in-process: starting workers costs more (default 4). */
  inProcessBelow?: number;
  /** Per-document time limit in seconds on workers (default 60). */
  timeoutSeconds?: number;
  /** Use the incremental cache (default true unless EXTRACT_CACHE=0). */
  cache?: boolean;
  /** Cache folder (default EXTRACT_CACHE_DIR or .cache/extract under the project root). */
  cacheDir?: string;
  /** Extractor version keying the cache (default: hash of the extractor's sources and content). */
  extractorVersion?: string;
  /** Test hook: delay documents whose path contains `pathIncludes` by `ms` on the worker. */
  injectDelay?: PoolOptions["injectDelay"];
}

/** One input's outcome: its document (validated against the contract), or an error entry naming the file. */
export type CorpusItem = { document: CorpusDocument } | { source: string; message: string };

/** Extract every document under `paths`, all held in memory (extractCorpusInOrder streams them instead). */
export async function extractCorpus(paths: string[], options: ExtractCorpusOptions = {}): Promise<Extraction> {
  const documents: ExtractedDocument[] = [];
  const errors: Extraction["errors"] = [];
  await extractCorpusInOrder(paths, options, (item) => {
    if ("document" in item) documents.push(item.document.document());
    else errors.push(item);
  });
  return { documents, errors };
}

/**
 * Extract every document under `paths`, handing each outcome to `sink` in input (sorted path)
 * order as soon as every input before it is done, whatever order the workers finish in. Only
 * outcomes waiting for an earlier input are held, so a national corpus never sits in memory whole.
 */
export async function extractCorpusInOrder(paths: string[], options: ExtractCorpusOptions, sink: (item: CorpusItem) => void): Promise<void> {
  // The fetcher's manifests are read, not extracted: they give described documents the report finder's metadata.
  const manifests = manifestStep(listInputs(paths), options.resources?.authorities);
  for (const problem of manifests.problems) sink(problem);
  const inputs = manifests.inputs;
  const waiting = new Map<number, CorpusItem>();
  let next = 0;
  let done = 0;
  const record = (index: number, item: CorpusItem, cached = false): void => {
    done++;
    if ("document" in item) item = { document: manifests.apply(inputs[index]!.path, item.document) };
    const info = { cached, failed: !("document" in item), findings: "document" in item ? item.document.findingIds.length : 0 };
    options.onProgress?.(done, inputs.length, inputs[index]!.path, info);
    waiting.set(index, item);
    for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
      waiting.delete(next++);
      sink(ready);
    }
  };
  // 1. Hash every input in sorted order (so duplicate detection is deterministic), then ask the cache.
  const cache = openCache(options);
  const jobs: { index: number; path: string; sha256: string }[] = [];
  for (const hashed of hashInputs(inputs, options.maxBytes ?? 60 * 1024 * 1024)) {
    if ("error" in hashed) {
      record(hashed.index, { source: hashed.path, message: hashed.error });
      continue;
    }
    const hit = cache?.get(hashed.sha256, hashed.path);
    if (hit) record(hashed.index, { document: hit }, true);
    else jobs.push(hashed);
  }

  // 2. Extract the rest, validating each new document and storing it in the cache.
  const settle = (job: (typeof jobs)[number], outcome: FileOutcome): void => {
    const item = validated(job.path, outcome);
    if ("document" in item) storeQuietly(cache, item.document);
    record(job.index, item);
  };
  const workers = options.resources ? 0 : (options.workers ?? availableParallelism());
  if (workers === 0 || jobs.length < (options.inProcessBelow ?? 4)) {
    const resources = options.resources ?? loadResources();
    for (const job of jobs) settle(job, await extractFile(job.path, job.sha256, resources));
  } else {
    const pool: PoolOptions = { workers, timeoutMs: (options.timeoutSeconds ?? 60) * 1000, maxHeapMb: 2048 };
    if (options.injectDelay) pool.injectDelay = options.injectDelay;
    await extractInWorkers(jobs, pool, (i, outcome) => settle(jobs[i]!, outcome));
  }
  if (waiting.size > 0 || next !== inputs.length) {
    throw new Error(`extraction lost track of its inputs: ${next} of ${inputs.length} handed on, ${waiting.size} waiting`);
  }
}

/** The outcome as an item: a document that meets the contract, or an error entry saying where it does not. */
function validated(path: string, outcome: FileOutcome): CorpusItem {
  if (!("document" in outcome)) return { source: path, message: outcome.error };
  const parsed = DocumentSchema.safeParse(outcome.document);
  if (parsed.success) return { document: CorpusDocument.of(parsed.data) };
  const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "(document)"}: ${issue.message}`);
  return { source: path, message: `the extracted document does not meet the contract (${issues.join("; ")}): a bug in the extractor` };
}

// A cache that cannot be written (disk full, read-only checkout) costs speed, never the extraction.
function storeQuietly(cache: ExtractCache | undefined, document: CorpusDocument): void {
  try {
    cache?.put(document);
  } catch {
    // the next run extracts this document again
  }
}

function openCache(options: ExtractCorpusOptions): ExtractCache | undefined {
  const wanted = options.cache ?? !cacheDisabledByEnv();
  // Custom resources are not covered by the computed version: cache them only under an explicit one.
  if (!wanted || (options.resources && !options.extractorVersion)) return undefined;
  const dir = options.cacheDir ?? process.env["EXTRACT_CACHE_DIR"] ?? join(PROJECT_ROOT, ".cache/extract");
  return openExtractCache(dir, options.extractorVersion ?? extractorVersion());
}
