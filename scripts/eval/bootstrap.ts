/**
 * 95% intervals by bootstrap over documents: resample the scored documents with replacement,
 * recompute each figure, and take the 2.5th and 97.5th percentiles. Seeded, so runs agree.
 */
import { seededRandom } from "../bench/vary-text.ts";

/** A figure with its bootstrap interval. */
export interface Interval {
  value: number;
  low: number;
  high: number;
}

/**
 * Each named figure of `measure(items)` with a 95% interval from `resamples` resamples of the items
 * (the point value is measured on the items as they are).
 */
export function bootstrapIntervals<T>(
  items: readonly T[],
  measure: (sample: readonly T[]) => Record<string, number>,
  resamples = 1000,
  seed = 20261203,
): Record<string, Interval> {
  const point = measure(items);
  const draws: Record<string, number[]> = Object.fromEntries(Object.keys(point).map((k) => [k, []]));
  const random = seededRandom(seed);
  for (let r = 0; r < resamples; r++) {
    const sample = items.map(() => items[Math.floor(random() * items.length)]!);
    const figures = measure(sample);
    for (const key of Object.keys(point)) draws[key]!.push(figures[key]!);
  }
  return Object.fromEntries(
    Object.entries(point).map(([key, value]) => {
      const sorted = draws[key]!.sort((a, b) => a - b);
      return [key, { value, low: percentile(sorted, 0.025), high: percentile(sorted, 0.975) }];
    }),
  );
}

/** The p-quantile of sorted numbers, by linear interpolation. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}
