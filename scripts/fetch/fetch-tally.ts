/** The running count of a fetch (what was found, downloaded, skipped, failed, left aside) and its summary. */

/** A publication or page that could not be fetched, and why. */
export interface FetchFailureEntry {
  /** What failed, in words ("Norfolk County Council: Children's services inspection, 2023-01-13"). */
  what: string;
  url: string;
  reason: string;
}

/** The counts so far. */
export interface FetchCounts {
  /** Providers to visit, once the search has been read (0 before). */
  providers: number;
  providersDone: number;
  /** Publications of the wanted types found so far. */
  found: number;
  downloaded: number;
  /** Already in the manifest and on disk. */
  skipped: number;
  failed: number;
}

/** What a finished (or interrupted) fetch reports. */
export interface FetchSummary extends FetchCounts {
  failures: FetchFailureEntry[];
  /** Publications left aside on purpose, by reason, with their count. */
  ignored: [string, number][];
  /** Things worth a look that did not stop anything (an unmatched authority, a date the page gives twice). */
  notes: string[];
  interrupted: boolean;
}

/** Where counts go as they change (the progress line). */
export interface ProgressSink {
  update(counts: FetchCounts): void;
}

export class FetchTally {
  readonly #counts: FetchCounts = { providers: 0, providersDone: 0, found: 0, downloaded: 0, skipped: 0, failed: 0 };
  readonly #failures: FetchFailureEntry[] = [];
  readonly #ignored = new Map<string, number>();
  readonly #notes = new Set<string>();
  readonly #sink: ProgressSink | undefined;

  constructor(sink?: ProgressSink) {
    this.#sink = sink;
  }

  /** The search listed `n` providers to visit. */
  providersListed(n: number): void {
    this.#change(() => (this.#counts.providers = n));
  }

  /** A provider page and its publications are done. */
  providerDone(): void {
    this.#change(() => this.#counts.providersDone++);
  }

  /** A publication of a wanted type was found. */
  found(): void {
    this.#change(() => this.#counts.found++);
  }

  downloaded(): void {
    this.#change(() => this.#counts.downloaded++);
  }

  skipped(): void {
    this.#change(() => this.#counts.skipped++);
  }

  /** Something could not be fetched; a publication's failure counts among the failed. */
  fail(what: string, url: string, reason: string): void {
    this.#failures.push({ what, url, reason });
    this.#change(() => this.#counts.failed++);
  }

  /** A publication left aside on purpose, counted by reason; returns null for the caller's convenience. */
  ignored(reason: string): null {
    this.#ignored.set(reason, (this.#ignored.get(reason) ?? 0) + 1);
    return null;
  }

  /** Something worth a look that stops nothing; each is kept once. */
  note(text: string): void {
    this.#notes.add(text);
  }

  /** The summary of the run so far. */
  summary(interrupted: boolean): FetchSummary {
    const ignored = [...this.#ignored.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return { ...this.#counts, failures: [...this.#failures], ignored, notes: [...this.#notes], interrupted };
  }

  #change(apply: () => void): void {
    apply();
    this.#sink?.update({ ...this.#counts });
  }
}
