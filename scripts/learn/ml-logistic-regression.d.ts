/** The part of ml-logistic-regression (which ships no types) that fit-polarity.ts and fit-themes.ts use. */
declare module "ml-logistic-regression" {
  import type { Matrix } from "ml-matrix";
  /** One label against the rest; `weights` is a 1 × features row (it scores "not this label"). */
  interface TwoClassRegression {
    weights: Matrix;
  }
  /** One-vs-rest logistic regression trained by batch gradient descent from zero weights. */
  export default class LogisticRegression {
    constructor(options: { numSteps: number; learningRate: number });
    classifiers: TwoClassRegression[];
    /** Train on features (rows × features) and a column of label indices 0 … k-1. */
    train(features: Matrix, labels: Matrix): void;
  }
}
