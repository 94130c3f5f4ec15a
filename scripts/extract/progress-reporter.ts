/**
 * Progress of a long run: documents done of total, rate and time left. On a terminal one line
 * updates in place; in CI logs (CI set, or stderr not a terminal) a plain line every ~10% or 10 s.
 */

/** Where progress goes: a stream with an optional TTY flag (process.stderr fits). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Settings of a reporter; all optional. */
export interface ProgressOptions {
  /** Prefix of every line (default "extract"). */
  label?: string;
  stream?: ProgressStream;
  /** Plain periodic lines instead of an updating line (default: CI env set, or the stream is not a TTY). */
  ci?: boolean;
  /** Clock in milliseconds (tests pass a fake one). */
  now?: () => number;
  /** In CI mode, the longest gap between two lines (default 10 s). */
  intervalMs?: number;
}

/** What the final summary line reports. */
export interface RunSummary {
  documents: number;
  findings: number;
  errors: number;
  cacheHits: number;
  seconds: number;
}

/** A reporter: `tick` after each input, `finish` once at the end. */
export interface ProgressReporter {
  tick(done: number, total: number, info?: { cached?: boolean }): void;
  finish(summary: RunSummary): void;
}

/** Whether progress should be written as plain periodic lines (CI logs) rather than one updating line. */
export function isCiMode(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env["CI"];
  return (ci !== undefined && ci !== "" && ci !== "0" && ci !== "false") || !stream.isTTY;
}

/** Make a progress reporter writing to `options.stream` (default stderr). */
export function createProgressReporter(options: ProgressOptions = {}): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  const label = options.label ?? "extract";
  const ci = options.ci ?? isCiMode(stream);
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 10_000;
  const started = now();
  let lastLine = started;
  let lastDecile = 0;
  let lastDraw = -Infinity;
  let drawn = false;
  // Cache hits finish in microseconds: the rate and time left count only the documents actually extracted.
  let hits = 0;

  return {
    tick(done, total, info) {
      if (info?.cached) hits++;
      const t = now();
      const line = `${label}: ${progressLine(done, total, hits, (t - started) / 1000)}`;
      if (!ci) {
        // Redraw at most ten times a second; always draw the last one.
        if (done < total && t - lastDraw < 100) return;
        lastDraw = t;
        drawn = true;
        stream.write(`\r${line}\x1b[K`);
        return;
      }
      const decile = total > 0 ? Math.floor((done * 10) / total) : 10;
      if (done === total || decile > lastDecile || t - lastLine >= interval) {
        lastDecile = decile;
        lastLine = t;
        stream.write(`${line}\n`);
      }
    },
    finish(summary) {
      if (drawn) stream.write("\n");
      stream.write(`${label}: ${summaryLine(summary)}\n`);
    },
  };
}

/** "120/353 documents (34%), 4.2/s, 55 s left": the rate and the estimate leave out cache hits. */
export function progressLine(done: number, total: number, cacheHits: number, seconds: number): string {
  const percent = total > 0 ? Math.floor((done * 100) / total) : 100;
  const worked = done - cacheHits;
  const rate = seconds > 0 ? worked / seconds : 0;
  const left = rate > 0 ? (total - done) / rate : undefined;
  const parts = [`${done}/${total} documents (${percent}%)`];
  if (worked > 0) parts.push(`${rate.toFixed(1)}/s`);
  if (done < total && left !== undefined) parts.push(`${formatDuration(left)} left`);
  if (cacheHits > 0) parts.push(`${cacheHits} from cache`);
  return parts.join(", ");
}

/** "353 documents, 12040 findings, 2 errors, 340 cache hits in 12.3 s". */
export function summaryLine(summary: RunSummary): string {
  return `${summary.documents} documents, ${summary.findings} findings, ${summary.errors} errors, ${summary.cacheHits} cache hits in ${summary.seconds.toFixed(1)} s`;
}

/** Seconds as "42 s" or "3 min 05 s". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}
