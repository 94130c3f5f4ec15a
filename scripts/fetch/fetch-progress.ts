/**
 * The fetch's progress on stderr: providers read, publications found, downloaded, skipped and
 * failed, the download rate and the time left. On a terminal one line updates in place; in CI logs
 * a plain line every `intervalMs`. Then the summary, naming every failure.
 */
import { isCiMode } from "../extract/progress-reporter.ts";
import type { ProgressStream } from "../extract/progress-reporter.ts";
import type { FetchCounts, FetchSummary, ProgressSink } from "./fetch-tally.ts";

/** Settings of the progress line; all optional. */
export interface FetchProgressOptions {
  stream?: ProgressStream;
  ci?: boolean;
  now?: () => number;
  intervalMs?: number;
}

/** A progress sink that prints, and prints the summary at the end. */
export interface FetchProgress extends ProgressSink {
  finish(summary: FetchSummary): void;
}

/** Make the progress printer. */
export function createFetchProgress(options: FetchProgressOptions = {}): FetchProgress {
  const stream = options.stream ?? process.stderr;
  const ci = options.ci ?? isCiMode(stream);
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 10_000;
  const started = now();
  let lastLine = -Infinity;
  return {
    update(counts) {
      const t = now();
      if (ci && t - lastLine < interval) return;
      lastLine = t;
      const line = progressLine(counts, (t - started) / 1000);
      stream.write(ci ? `${line}\n` : `\r\x1b[2K${line}`);
    },
    finish(summary) {
      if (!ci) stream.write("\r\x1b[2K");
      stream.write(`${summaryLines(summary, (now() - started) / 1000).join("\n")}\n`);
    },
  };
}

/** One line of progress after `seconds`: counts, downloads a second, and the time left while providers remain. */
export function progressLine(counts: FetchCounts, seconds: number): string {
  const rate = seconds > 0 ? counts.downloaded / seconds : 0;
  const parts = [
    `fetch: providers ${counts.providersDone}/${counts.providers || "?"}`,
    `found ${counts.found}`,
    `downloaded ${counts.downloaded}`,
    `skipped ${counts.skipped}`,
    `failed ${counts.failed}`,
    `${rate.toFixed(2)} files/s`,
  ];
  // Providers take about equal time, so the share still to visit estimates the time left.
  if (counts.providersDone > 0 && counts.providers > counts.providersDone) {
    parts.push(`about ${duration((seconds * (counts.providers - counts.providersDone)) / counts.providersDone)} left`);
  }
  return parts.join(" · ");
}

/** The summary: the counts, what was left aside and why, every failure, and the notes. */
export function summaryLines(summary: FetchSummary, seconds: number): string[] {
  const lines = [
    `${summary.interrupted ? "fetch interrupted" : "fetch done"} in ${duration(seconds)}: ${summary.providersDone} of ${summary.providers} providers, ` +
      `${summary.found} publications found, ${summary.downloaded} downloaded, ${summary.skipped} already held, ${summary.failed} failed`,
  ];
  if (summary.ignored.length > 0) lines.push("left aside:", ...summary.ignored.map(([reason, n]) => `  ${n} × ${reason}`));
  if (summary.failures.length > 0) lines.push(`failed (${summary.failures.length}):`, ...summary.failures.map((f) => `  ✗ ${f.what}: ${f.reason}${f.url ? ` <${f.url}>` : ""}`));
  if (summary.notes.length > 0) lines.push(`notes (${summary.notes.length}):`, ...summary.notes.map((n) => `  - ${n}`));
  if (summary.interrupted) lines.push("run `npm run fetch` again to continue: what was downloaded is in the manifest.");
  return lines;
}

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
