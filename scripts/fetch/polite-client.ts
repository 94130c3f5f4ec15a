/**
 * The fetcher's HTTP client: every request through the RequestGate, a User-Agent naming the
 * project, a time limit per attempt, and retries with exponential backoff (honouring Retry-After)
 * on 429, 5xx, time-outs, dropped connections and content a check calls incomplete. Only hosts
 * it was told about are contacted, redirects included.
 */
import { RequestGate, sleep } from "./request-gate.ts";

/** How the client behaves. */
export interface ClientOptions {
  userAgent: string;
  /** Least gap between two request starts, in milliseconds. */
  delayMs: number;
  /** Requests in flight at once (default 1). */
  concurrency?: number;
  /** Time limit of one attempt, body included, in milliseconds. */
  timeoutMs: number;
  /** Further attempts after the first. */
  retries: number;
  /** Wait before the first retry, doubled each time, in milliseconds. */
  backoffMs: number;
  /** Longest wait between attempts, Retry-After included. */
  maxBackoffMs: number;
  /** Host names the client may contact (a URL on any other host fails without a request). */
  allowedHosts: readonly string[];
  /** Told of each retry, for the progress log. */
  onRetry?: (url: string, attempt: number, reason: string, waitMs: number) => void;
}

/** A response's final URL, headers and whole body. */
export interface Fetched {
  url: string;
  headers: Headers;
  body: Uint8Array;
}

/** What a content check says of a body: nothing (fine), or a problem and whether another try may cure it. */
export type ContentCheck = (body: Uint8Array, headers: Headers) => { problem: string; retry: boolean } | null;

/** A request that failed for good, with the reason a summary can print. */
export class FetchFailure extends Error {
  readonly url: string;
  constructor(url: string, message: string) {
    super(message);
    this.name = "FetchFailure";
    this.url = url;
  }
}

class Retryable extends Error {
  readonly retryAfterMs: number | null;
  constructor(message: string, retryAfterMs: number | null = null) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
}

const MAX_REDIRECTS = 5;

export class PoliteClient {
  readonly #options: ClientOptions;
  readonly #gate: RequestGate;

  constructor(options: ClientOptions) {
    this.#options = options;
    this.#gate = new RequestGate(options.delayMs, options.concurrency ?? 1);
  }

  /** The current gap between requests (it grows after a 429). */
  get delayMs(): number {
    return this.#gate.delayMs;
  }

  /** GET `url` and its whole body, retrying what may pass; throws a FetchFailure naming the reason once it gives up. */
  async get(url: string, check?: ContentCheck): Promise<Fetched> {
    const { retries, backoffMs, maxBackoffMs } = this.#options;
    for (let attempt = 0; ; attempt++) {
      try {
        const fetched = await this.#gate.run(() => this.#attempt(url));
        const verdict = check?.(fetched.body, fetched.headers);
        if (verdict && verdict.retry) throw new Retryable(verdict.problem);
        if (verdict) throw new FetchFailure(url, verdict.problem);
        return fetched;
      } catch (error) {
        if (!(error instanceof Retryable)) throw error instanceof FetchFailure ? error : new FetchFailure(url, describe(error));
        if (attempt >= retries) throw new FetchFailure(url, `${error.message} (gave up after ${attempt + 1} attempts)`);
        const backoff = backoffMs * 2 ** attempt * (1 + Math.random() / 4);
        const wait = Math.min(maxBackoffMs, Math.max(backoff, error.retryAfterMs ?? 0));
        this.#options.onRetry?.(url, attempt + 1, error.message, wait);
        await sleep(wait);
      }
    }
  }

  async #attempt(url: string): Promise<Fetched> {
    const signal = AbortSignal.timeout(this.#options.timeoutMs);
    let current = url;
    try {
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        this.#checkHost(current);
        const response = await fetch(current, { headers: { "user-agent": this.#options.userAgent }, redirect: "manual", signal });
        const location = response.headers.get("location");
        if (response.status >= 300 && response.status < 400 && location) {
          await response.body?.cancel();
          current = new URL(location, current).href;
          continue;
        }
        if (response.status === 429) {
          await response.body?.cancel();
          this.#gate.slowDown();
          const gap = this.#gate.delayMs > 0 ? ` (now ${this.#gate.delayMs} ms between requests)` : "";
          throw new Retryable(`429 Too Many Requests${gap}`, retryAfter(response.headers));
        }
        if (response.status >= 500) {
          await response.body?.cancel();
          throw new Retryable(`${response.status} ${response.statusText}`.trim(), retryAfter(response.headers));
        }
        if (!response.ok) {
          await response.body?.cancel();
          throw new FetchFailure(url, `${response.status} ${response.statusText}`.trim());
        }
        return { url: current, headers: response.headers, body: new Uint8Array(await response.arrayBuffer()) };
      }
      throw new FetchFailure(url, `more than ${MAX_REDIRECTS} redirects`);
    } catch (error) {
      if (error instanceof Retryable || error instanceof FetchFailure) throw error;
      if (signal.aborted) throw new Retryable(`no complete answer within ${this.#options.timeoutMs} ms`);
      // fetch's TypeError ("fetch failed", "terminated"): refused or dropped connections are worth another try.
      throw new Retryable(`connection failed: ${describe(error)}`);
    }
  }

  #checkHost(url: string): void {
    const host = new URL(url).hostname;
    if (!this.#options.allowedHosts.includes(host)) {
      throw new FetchFailure(url, `${host} is not a host the fetcher may contact (allowed: ${this.#options.allowedHosts.join(", ")})`);
    }
  }
}

/** Retry-After in milliseconds (seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfter(headers: Headers): number | null {
  const value = headers.get("retry-after");
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
