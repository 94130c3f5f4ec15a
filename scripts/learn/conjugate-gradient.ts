/**
 * fmin's nonlinear conjugate gradient (Polak–Ribière with a Wolfe line search), loaded the one way its
 * package allows under Node: the package says it is an ES module but its entry is a UMD bundle, which
 * run as a module exports nothing and sets `globalThis.fmin` instead.
 */
import "fmin";

/** A point of the search: where, the loss there and its gradient. */
export interface SearchPoint {
  x: number[];
  fx: number;
  fxprime: number[];
}

type ConjugateGradient = (f: (x: number[], gradient: number[]) => number, initial: number[], params?: { maxIterations?: number }) => SearchPoint;

const fmin = (globalThis as { fmin?: { conjugateGradient?: ConjugateGradient } }).fmin;
if (typeof fmin?.conjugateGradient !== "function") throw new Error("fmin did not load: its bundle set no globalThis.fmin.conjugateGradient");

/** Minimise `f(x, gradient)` (returns the loss at x and writes its gradient) from `initial`, for at most `maxIterations`. */
export const conjugateGradient: ConjugateGradient = fmin.conjugateGradient;
