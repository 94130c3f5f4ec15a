/**
 * L2-regularised logistic regression over sparse rows, fitted by fmin's nonlinear conjugate gradient
 * (with a Wolfe line search) from zero weights for at most a fixed number of iterations, so the same
 * examples always give the same weights. Two forms: multinomial (softmax over k labels: one model
 * whose labels compete, used for polarity) and binary with a fixed offset per row (a theme's own
 * scorer on top of what all themes share).
 */
import { conjugateGradient } from "./conjugate-gradient.ts";
import type { SparseRows } from "./sparse-rows.ts";

/** Fitting options: the penalty on squared weights and the optimiser's iteration limit. */
export interface LogisticFit {
  /** λ in loss + λ/2 · Σ w² (the intercept column, `free`, is not penalised). */
  l2: number;
  maxIterations: number;
}

/** A penalty per column: λ for each, 0 for the free one (the intercept). */
export type Penalties = ArrayLike<number>;

/** The same penalty λ for every column but `free`. */
export function uniformPenalties(columns: number, l2: number, free = -1): Float64Array {
  const out = new Float64Array(columns).fill(l2);
  if (free >= 0) out[free] = 0;
  return out;
}

/**
 * Multinomial logistic regression: weights[k][f] for `labels` labels, minimising the weighted
 * cross-entropy of `label[r]` (each row counted `rowWeight[r]` times) plus the L2 penalty.
 */
export function fitMultinomial(
  x: SparseRows,
  label: ArrayLike<number>,
  labels: number,
  rowWeight: ArrayLike<number>,
  penalties: Penalties,
  maxIterations: number,
  prior?: ArrayLike<number>,
): number[][] {
  const { rows, columns, offsets, columnOf, valueOf } = x;
  const scores = new Float64Array(labels);
  const loss = (w: number[], gradient: number[]): number => {
    let total = 0;
    gradient.fill(0);
    for (let r = 0; r < rows; r++) {
      scores.fill(0);
      for (let i = offsets[r]!; i < offsets[r + 1]!; i++) {
        const base = columnOf[i]! * labels;
        for (let k = 0; k < labels; k++) scores[k]! += w[base + k]! * valueOf[i]!;
      }
      let max = -Infinity;
      for (let k = 0; k < labels; k++) max = Math.max(max, scores[k]!);
      let sum = 0;
      for (let k = 0; k < labels; k++) sum += Math.exp(scores[k]! - max);
      const weight = rowWeight[r]!;
      total -= weight * (scores[label[r]!]! - max - Math.log(sum));
      for (let k = 0; k < labels; k++) {
        const error = weight * (Math.exp(scores[k]! - max) / sum - (k === label[r] ? 1 : 0));
        if (error === 0) continue;
        for (let i = offsets[r]!; i < offsets[r + 1]!; i++) gradient[columnOf[i]! * labels + k]! += error * valueOf[i]!;
      }
    }
    total += penalise(w, gradient, penalties, labels, prior);
    return total;
  };
  const best = conjugateGradient(loss, new Array<number>(columns * labels).fill(0), { maxIterations });
  return Array.from({ length: labels }, (_, k) => Array.from({ length: columns }, (_, f) => best.x[f * labels + k]!));
}

/** Binary logistic regression of `target[r]` (0 or 1) with `offset[r]` added to each row's score. */
export function fitBinary(x: SparseRows, target: ArrayLike<number>, offset: ArrayLike<number>, fit: LogisticFit, free = -1): number[] {
  const { rows, columns, offsets, columnOf, valueOf } = x;
  const penalties = uniformPenalties(columns, fit.l2, free);
  const loss = (w: number[], gradient: number[]): number => {
    let total = 0;
    gradient.fill(0);
    for (let r = 0; r < rows; r++) {
      let z = offset[r]!;
      for (let i = offsets[r]!; i < offsets[r + 1]!; i++) z += w[columnOf[i]!]! * valueOf[i]!;
      // log(1 + e^z) - t·z, computed without overflow.
      total += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - target[r]! * z;
      const error = 1 / (1 + Math.exp(-z)) - target[r]!;
      for (let i = offsets[r]!; i < offsets[r + 1]!; i++) gradient[columnOf[i]!]! += error * valueOf[i]!;
    }
    total += penalise(w, gradient, penalties, 1);
    return total;
  };
  return conjugateGradient(loss, new Array<number>(columns).fill(0), { maxIterations: fit.maxIterations }).x.slice();
}

/**
 * Add Σ λ/2 · (w − μ)² (each column's λ, μ the prior's weight or 0) to the loss and λ·(w − μ) to the
 * gradient; weights are column × labels + label.
 */
function penalise(w: number[], gradient: number[], penalties: Penalties, labels: number, prior?: ArrayLike<number>): number {
  let sum = 0;
  for (let j = 0; j < w.length; j++) {
    const l2 = penalties[Math.floor(j / labels)]!;
    const d = w[j]! - (prior ? prior[j]! : 0);
    sum += l2 * d * d;
    gradient[j]! += l2 * d;
  }
  return sum / 2;
}
