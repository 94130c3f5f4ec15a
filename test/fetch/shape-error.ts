/** Test helper: the PageShapeError a parse throws (any other outcome fails the test). */
import { PageShapeError } from "../../scripts/fetch/page-shape-error.ts";

/** Runs `run` and returns the PageShapeError it throws; rethrows anything else, and fails when nothing is thrown. */
export function shapeError(run: () => unknown): PageShapeError {
  try {
    run();
  } catch (error) {
    if (error instanceof PageShapeError) return error;
    throw error;
  }
  throw new Error("expected a PageShapeError");
}
