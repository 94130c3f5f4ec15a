/** Micro-averaged precision/recall/F1 of a multi-label field over matched pairs. */
export interface SetScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Share of matched pairs where a field is exactly right. */
export interface ExactScore {
  right: number;
  total: number;
  accuracy: number;
}

/** Divides, giving 0 for 0/0. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/**
 * Micro precision/recall/F1 of label sets (themes): every (pair, label) is one
 * decision. With no labels at all on either side, all three are 1 (nothing to get wrong).
 */
export function scoreLabelSets(pairs: readonly { gold: readonly string[]; predicted: readonly string[] }[]): SetScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const pair of pairs) {
    const gold = new Set(pair.gold);
    const predicted = new Set(pair.predicted);
    for (const label of predicted) if (gold.has(label)) tp += 1;
    else fp += 1;
    for (const label of gold) if (!predicted.has(label)) fn += 1;
  }
  if (tp + fp + fn === 0) return { truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1, f1: 1 };
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
  };
}

/** True when two lists hold the same values, ignoring order and repeats. */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((value) => right.has(value));
}

/** Share of pairs whose values are equal under `equal`. */
export function scoreExact<T>(pairs: readonly { gold: T; predicted: T }[], equal: (a: T, b: T) => boolean): ExactScore {
  const right = pairs.filter((pair) => equal(pair.gold, pair.predicted)).length;
  return { right, total: pairs.length, accuracy: ratio(right, pairs.length) };
}
