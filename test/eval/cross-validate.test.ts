import { expect, test } from "vitest";
import { assignFolds } from "../../scripts/eval/cross-validate.ts";
import type { PreparedGold } from "../../scripts/learn/gold-corpus.ts";

const docs = Array.from({ length: 11 }, (_, i) => ({ gold: { sha256: `${(i * 7919) % 97}`.padStart(4, "0") } }) as unknown as PreparedGold);

test("deals documents into folds of near-equal size, each document in one fold", () => {
  const folds = assignFolds(docs, 5);
  expect(folds).toHaveLength(11);
  const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
  expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
});

test("deals the same documents the same way whatever their input order", () => {
  const folds = assignFolds(docs, 3);
  const reversed = assignFolds([...docs].reverse(), 3).reverse();
  expect(reversed).toEqual(folds);
});
