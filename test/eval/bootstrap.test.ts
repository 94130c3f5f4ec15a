import { describe, expect, test } from "vitest";
import { bootstrapIntervals } from "../../scripts/eval/bootstrap.ts";

describe("bootstrapIntervals", () => {
  const items = [0.2, 0.4, 0.5, 0.6, 0.9, 0.7, 0.3, 0.8];
  const mean = (xs: readonly number[]) => ({ mean: xs.reduce((s, x) => s + x, 0) / xs.length });

  test("gives the figure measured on the items themselves, inside its interval", () => {
    const { mean: m } = bootstrapIntervals(items, mean, 500);
    expect(m!.value).toBeCloseTo(0.55, 10);
    expect(m!.low).toBeLessThan(m!.value);
    expect(m!.high).toBeGreaterThan(m!.value);
    expect(m!.low).toBeGreaterThanOrEqual(0.2);
    expect(m!.high).toBeLessThanOrEqual(0.9);
  });

  test("gives the same interval on every run with the same seed, and another with another seed", () => {
    expect(bootstrapIntervals(items, mean, 200, 7)).toEqual(bootstrapIntervals(items, mean, 200, 7));
    expect(bootstrapIntervals(items, mean, 200, 7)).not.toEqual(bootstrapIntervals(items, mean, 200, 8));
  });

  test("narrows as the items agree: identical items give a zero-width interval", () => {
    const { mean: m } = bootstrapIntervals([0.5, 0.5, 0.5], mean, 100);
    expect(m).toEqual({ value: 0.5, low: 0.5, high: 0.5 });
  });
});
