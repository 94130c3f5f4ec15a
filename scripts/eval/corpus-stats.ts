import type { Polarity } from "../../src/schemas/finding.ts";
import { POLARITIES } from "./score-polarity.ts";

/** Smallest, middle and largest of a list of counts. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** Min, median (mean of the middle two for even lengths) and max; zeros for an empty list. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { min: 0, median: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0]!, median, max: sorted[sorted.length - 1]! };
}

/** How many findings carry each label, and their share of all findings. */
export type PolarityDistribution = Record<Polarity, { count: number; share: number }>;

/** Counts labels over a list of polarities, in the fixed label order. */
export function polarityDistribution(labels: readonly Polarity[]): PolarityDistribution {
  const out = {} as PolarityDistribution;
  for (const label of POLARITIES) {
    const count = labels.filter((l) => l === label).length;
    out[label] = { count, share: labels.length === 0 ? 0 : count / labels.length };
  }
  return out;
}

/** Counts the values of a field, most common first (ties by name), for small categorical summaries. */
export function tally(values: readonly (string | null)[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value ?? "null", (counts.get(value ?? "null") ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
