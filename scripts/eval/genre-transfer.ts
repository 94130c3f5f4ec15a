/**
 * Genre transfer: models trained on the inspection reports of the gold alone label its other kinds
 * (the letter, the news articles, the commentary). Cross-validation keeps some news in every training
 * fold; this asks how the labels fare on a kind of document the models have not learnt from at all,
 * as they must on a publisher they have never seen. (The seeds are where the rule engine's cues were
 * first written, so the rules are not blind to them.)
 */
import type { BaseResources } from "../pipeline/extract-document.ts";
import { labelDocument } from "../pipeline/extract-document.ts";
import { loadPolarityModel } from "../pipeline/polarity/polarity-model.ts";
import { loadThemeModel } from "../themes/theme-model.ts";
import type { LoadedGold } from "./load-gold.ts";
import type { PreparedGold } from "../learn/gold-corpus.ts";
import { trainModels } from "../learn/train-models.ts";
import { combineScores, scoreGoldDocument } from "./score-seeds.ts";

/** How the other kinds fared under models trained on reports alone. */
export interface GenreTransfer {
  documents: number;
  findings: number;
  polarityAccuracy: number;
  polarityMacroF1: number;
  themeF1: number;
}

/** Train on the gold's inspection reports, label and score every other gold document; null when either side is empty. */
export function genreTransfer(golds: readonly LoadedGold[], prepared: readonly PreparedGold[], resources: BaseResources, themeIds: readonly string[]): GenreTransfer | null {
  const isReport = golds.map((g) => g.kind === "inspection-report");
  const training = prepared.filter((_, i) => isReport[i]);
  const others = golds.flatMap((_, i) => (isReport[i] ? [] : [i]));
  if (training.length === 0 || others.length === 0) return null;
  const models = trainModels(training, resources, themeIds);
  const labelling = {
    ...resources,
    polarityModel: loadPolarityModel(models.polarity, "reports-only model"),
    themeModel: loadThemeModel(models.themes, "reports-only model"),
  };
  const scores = others.map((i) => scoreGoldDocument(golds[i]!, labelDocument(prepared[i]!.prepared, labelling)));
  const combined = combineScores(scores);
  return {
    documents: others.length,
    findings: others.reduce((sum, i) => sum + golds[i]!.findings.length, 0),
    polarityAccuracy: combined.polarity.accuracy,
    polarityMacroF1: combined.polarity.macroF1,
    themeF1: combined.themes.f1,
  };
}
