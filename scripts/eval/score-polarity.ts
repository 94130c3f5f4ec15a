import type { Polarity } from "../../src/schemas/finding.ts";

/** The four labels, in the order tables show them. */
export const POLARITIES: readonly Polarity[] = ["strength", "improvement", "recommendation", "context"];

/** A matched pair's labels: the gold label, its accepted alternative, and the prediction. */
export interface PolarityPair {
  gold: Polarity;
  also?: Polarity | undefined;
  predicted: Polarity;
}

/** Precision, recall and F1 of one class, with the counts behind them. */
export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  /** Gold findings of this class (after crediting `also`). */
  support: number;
  /** Predictions of this class. */
  predicted: number;
}

/** A polarity error: what gold said and what was predicted, with how often. */
export interface Confusion {
  gold: Polarity;
  predicted: Polarity;
  count: number;
}

/** Polarity scores over matched pairs. */
export interface PolarityScore {
  pairs: number;
  correct: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<Polarity, ClassScore>;
  /** Wrong predictions grouped by (gold, predicted), most frequent first. */
  confusions: Confusion[];
}

/** The gold label a prediction is scored against: `also` when the prediction chose it, else `polarity`. */
export function effectiveGold(pair: PolarityPair): Polarity {
  return pair.also !== undefined && pair.predicted === pair.also ? pair.also : pair.gold;
}

/** Divides, giving 0 for 0/0 so that empty classes score 0 rather than NaN. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** F1 from precision and recall. */
export function f1(precision: number, recall: number): number {
  return ratio(2 * precision * recall, precision + recall);
}

/**
 * Scores polarity over matched pairs: accuracy, per-class precision/recall/F1 and
 * macro-F1 (the mean F1 of the classes that occur in gold or predictions, so that
 * a class absent from both neither helps nor hurts).
 */
export function scorePolarity(pairs: readonly PolarityPair[]): PolarityScore {
  const tp = new Map<Polarity, number>();
  const goldCount = new Map<Polarity, number>();
  const predictedCount = new Map<Polarity, number>();
  const confusionCount = new Map<string, Confusion>();
  const add = (map: Map<Polarity, number>, key: Polarity): void => void map.set(key, (map.get(key) ?? 0) + 1);

  for (const pair of pairs) {
    const gold = effectiveGold(pair);
    add(goldCount, gold);
    add(predictedCount, pair.predicted);
    if (gold === pair.predicted) {
      add(tp, gold);
      continue;
    }
    const key = `${gold}>${pair.predicted}`;
    const confusion = confusionCount.get(key) ?? { gold, predicted: pair.predicted, count: 0 };
    confusion.count += 1;
    confusionCount.set(key, confusion);
  }

  const perClass = {} as Record<Polarity, ClassScore>;
  const occurring: number[] = [];
  for (const label of POLARITIES) {
    const support = goldCount.get(label) ?? 0;
    const predicted = predictedCount.get(label) ?? 0;
    const hits = tp.get(label) ?? 0;
    const precision = ratio(hits, predicted);
    const recall = ratio(hits, support);
    perClass[label] = { precision, recall, f1: f1(precision, recall), support, predicted };
    if (support + predicted > 0) occurring.push(perClass[label].f1);
  }
  const correct = [...tp.values()].reduce((sum, n) => sum + n, 0);
  return {
    pairs: pairs.length,
    correct,
    accuracy: ratio(correct, pairs.length),
    macroF1: ratio(
      occurring.reduce((sum, n) => sum + n, 0),
      occurring.length,
    ),
    perClass,
    confusions: [...confusionCount.values()].sort(
      (a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted),
    ),
  };
}
