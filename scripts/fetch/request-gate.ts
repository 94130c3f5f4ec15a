/**
 * The fetcher's manners: at most `concurrency` requests in flight (one by default) and at least
 * `delayMs` between the starts of two requests, slowed further whenever the site says "too many".
 */

/** Wait `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class RequestGate {
  #delayMs: number;
  readonly #maxDelayMs: number;
  readonly #concurrency: number;
  #inFlight = 0;
  #nextStart = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(delayMs: number, concurrency = 1, maxDelayMs = 30_000) {
    this.#delayMs = delayMs;
    this.#concurrency = Math.max(1, concurrency);
    this.#maxDelayMs = Math.max(delayMs, maxDelayMs);
  }

  /** The current least gap between two request starts, in milliseconds. */
  get delayMs(): number {
    return this.#delayMs;
  }

  /** Run `request` when a slot is free and the gap since the last start has passed. */
  async run<T>(request: () => Promise<T>): Promise<T> {
    // A released slot is handed straight to the next waiter, so nobody can overtake the queue.
    if (this.#inFlight < this.#concurrency) this.#inFlight++;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    try {
      const now = Date.now();
      const wait = this.#nextStart - now;
      this.#nextStart = Math.max(now, this.#nextStart) + this.#delayMs;
      if (wait > 0) await sleep(wait);
      return await request();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#inFlight--;
    }
  }

  /** Double the gap (up to its ceiling) for the rest of the run: the site asked us to slow down. */
  slowDown(): void {
    this.#delayMs = Math.min(this.#delayMs * 2, this.#maxDelayMs);
  }
}
