/**
 * The held-out evaluation of `npm run eval`: every gold document (seeds and the development set)
 * read and prepared once, labelled by models trained without it (grouped cross-validation), and
 * scored with 95% bootstrap intervals over documents.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { loadBaseResources } from "../extract/load-resources.ts";
import { GOLD_FILES, loadAllGold, prepareGold } from "../learn/gold-corpus.ts";
import { loadThemes } from "../themes/load-themes.ts";
import type { Interval } from "./bootstrap.ts";
import { crossValidate } from "./cross-validate.ts";
import { genreTransfer, type GenreTransfer } from "./genre-transfer.ts";
import { heldOutFigures, heldOutIntervals } from "./held-out-figures.ts";
import { combineScores, scoreGoldDocument } from "./score-seeds.ts";
import type { Confusion } from "./score-polarity.ts";

/** What the held-out evaluation measured. */
export interface HeldOutReport {
  folds: number;
  documents: number;
  findings: number;
  figures: Record<string, Interval>;
  confusions: Confusion[];
  /** The other kinds labelled by models trained on the reports alone (null without both). */
  transfer: GenreTransfer | null;
}

/** The targets issue #13 sets for the held-out figures: name, comparison and bound. */
export const HELD_OUT_TARGETS: readonly { name: string; atLeast?: number; atMost?: number }[] = [
  { name: "polarity macro-F1", atLeast: 0.9 },
  { name: "context F1", atLeast: 0.75 },
  { name: "theme F1", atLeast: 0.85 },
  { name: "leaks", atMost: 0 },
  { name: "document fields right", atLeast: 0.97 },
];

/** Run the grouped cross-validation over the gold files under `sharedDir`, or say why it cannot run. */
export async function runHeldOut(sharedDir: string, folds = 5, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<HeldOutReport | { skipped: string }> {
  const missing = GOLD_FILES.map((f) => resolve(sharedDir, f)).filter((f) => !existsSync(f));
  if (missing.length > 0) return { skipped: `${missing.join(", ")} not found` };
  const golds = await loadAllGold(sharedDir);
  log(`Held-out: reading and preparing ${golds.length} gold documents…`);
  const resources = loadBaseResources();
  const prepared = await prepareGold(golds, resources);
  const themeIds = loadThemes().map((t) => t.id);
  const labelled = crossValidate(prepared, resources, themeIds, folds, undefined, (f) => log(`  fold ${f + 1} of ${folds}: training on the other folds…`));
  const scores = golds.map((gold, i) => scoreGoldDocument(gold, labelled[i]));
  log("  bootstrap intervals over documents…");
  const figures = heldOutIntervals(scores);
  log("  genre transfer: training on the reports alone…");
  return {
    folds,
    documents: golds.length,
    findings: golds.reduce((s, g) => s + g.findings.length, 0),
    figures,
    confusions: combineScores(scores).polarity.confusions,
    transfer: genreTransfer(golds, prepared, resources, themeIds),
  };
}

/** Each target with the measured value and whether it is met. */
export function heldOutTargets(report: HeldOutReport): { name: string; target: string; value: number; met: boolean }[] {
  return HELD_OUT_TARGETS.map((t) => {
    const value = report.figures[t.name]?.value ?? Number.NaN;
    const met = t.atLeast !== undefined ? value >= t.atLeast : value <= (t.atMost ?? Number.POSITIVE_INFINITY);
    return { name: t.name, target: t.atLeast !== undefined ? `>= ${t.atLeast}` : `<= ${t.atMost}`, value, met };
  });
}

export { heldOutFigures };
