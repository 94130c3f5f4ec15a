/**
 * `npm run fetch -- [--out DIR] [--since DATE] [--authority CODE]… [--send] [--delay MS] …`:
 * download every publication of Ofsted's report finder for the local authority children's services
 * providers (inspections, focused visits, JTAIs, monitoring visits; area SEND with --send) into a
 * corpus folder with a manifest.csv the build reads. Incremental and resumable: run it again to
 * fetch only what is new or continue an interrupted run. Exit 1 when anything failed (all named).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadAuthorities } from "./authorities/load-authorities.ts";
import { fetchCorpus } from "./fetch/fetch-corpus.ts";
import { createFetchProgress } from "./fetch/fetch-progress.ts";
import { PoliteClient } from "./fetch/polite-client.ts";
import { FILE_HOSTS, leastDelayMs, LEAST_DELAY_MS, MAX_ROWS, REPORT_FINDER } from "./fetch/report-finder.ts";
import { createAuthorityResolver } from "./fetch/resolve-authority.ts";

const USAGE = `usage: npm run fetch -- [options]
  --out DIR            corpus folder (default corpus/)
  --since YYYY-MM-DD   only publications published on or after this date
  --authority CODE     only this authority (ONS code, slug, URN or provider name); repeatable
  --send               also fetch area SEND inspections
  --delay MS           least gap between requests (default and least 800 on the real site)
  --concurrency N      requests at once (default 1)
  --timeout S          time limit of one request (default 60)
  --retries N          further attempts on 429, 5xx, time-outs (default 5)
  --backoff MS         first retry's wait, doubled each time (default 5000)
  --origin URL         the report finder (default ${REPORT_FINDER}; tests use a local replica)
  --allow-host HOST    another host publication links may point at; repeatable`;

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "corpus" },
    since: { type: "string" },
    authority: { type: "string", multiple: true },
    send: { type: "boolean", default: false },
    delay: { type: "string", default: String(LEAST_DELAY_MS) },
    concurrency: { type: "string", default: "1" },
    timeout: { type: "string", default: "60" },
    retries: { type: "string", default: "5" },
    backoff: { type: "string", default: "5000" },
    origin: { type: "string", default: REPORT_FINDER },
    rows: { type: "string", default: String(MAX_ROWS) },
    "allow-host": { type: "string", multiple: true },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

// 1. Check the options: a bad one stops the run before any request.
const origin = parseOrigin(values.origin);
// A good citizen: never faster than the gap a full run has been seen to survive, except against a local replica.
const delay = count(values.delay, "--delay", leastDelayMs(origin));
if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since)) usage(`--since wants a date as YYYY-MM-DD, not ${JSON.stringify(values.since)}`);
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };
const contact = process.env["FETCH_CONTACT"] ?? "https://github.com/search?q=ofsted-findings-explorer";

// 2. A client with manners, and Ctrl-C stopping the run between two requests.
const concurrency = count(values.concurrency, "--concurrency", 1);
const client = new PoliteClient({
  userAgent: `${pkg.name}/${pkg.version} (+${contact}; one request at a time)`,
  delayMs: delay,
  concurrency,
  timeoutMs: count(values.timeout, "--timeout", 1) * 1000,
  retries: count(values.retries, "--retries", 0),
  backoffMs: count(values.backoff, "--backoff", 0),
  maxBackoffMs: 5 * 60_000,
  allowedHosts: [origin.hostname, ...(origin.origin === REPORT_FINDER ? FILE_HOSTS : []), ...(values["allow-host"] ?? [])],
  onRetry: (url, attempt, reason, waitMs) => console.error(`\n  retry ${attempt} of ${url} in ${(waitMs / 1000).toFixed(1)} s: ${reason}`),
});
const stop = new AbortController();
process.on("SIGINT", () => {
  if (stop.signal.aborted) process.exit(130);
  console.error("\nstopping after the request in flight (Ctrl-C again to quit now)");
  stop.abort();
});

// 3. Fetch, then summarise every failure.
const progress = createFetchProgress();
const out = resolve(values.out);
try {
  const summary = await fetchCorpus({
    out,
    origin: origin.origin,
    client,
    resolveAuthority: createAuthorityResolver(loadAuthorities()),
    rows: count(values.rows, "--rows", 1),
    concurrency,
    stop: stop.signal,
    progress,
    send: values.send,
    ...(values.since ? { since: values.since } : {}),
    ...(values.authority ? { authorities: values.authority } : {}),
  });
  progress.finish(summary);
  console.error(`corpus: ${out}`);
  process.exitCode = summary.interrupted ? 130 : summary.failed > 0 ? 1 : 0;
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

function parseOrigin(value: string): URL {
  try {
    return new URL(value);
  } catch {
    return usage(`--origin wants a URL, not ${JSON.stringify(value)}`);
  }
}

function count(value: string, flag: string, least: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < least) usage(`${flag} wants a whole number of at least ${least}, not ${JSON.stringify(value)}`);
  return n;
}

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}
