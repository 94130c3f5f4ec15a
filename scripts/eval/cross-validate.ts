/**
 * Cross-validation grouped by document: the gold documents are dealt into folds, and each fold is
 * labelled by a model trained on the other folds only, so no document is both learned from and
 * scored. The held-out labellings together are scored like any extraction.
 */
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import type { BaseResources } from "../pipeline/extract-document.ts";
import { labelDocument } from "../pipeline/extract-document.ts";
import { loadPolarityModel } from "../pipeline/polarity/polarity-model.ts";
import { loadThemeModel } from "../themes/theme-model.ts";
import type { PreparedGold } from "../learn/gold-corpus.ts";
import { DEFAULT_OPTIONS, trainModels, type TrainingOptions } from "../learn/train-models.ts";

/** Which fold each document falls in: documents ordered by content hash, dealt round-robin (stable, and blind to names). */
export function assignFolds(documents: readonly PreparedGold[], folds: number): number[] {
  const order = documents.map((d, i) => ({ i, key: d.gold.sha256 })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  const fold = new Array<number>(documents.length);
  order.forEach((entry, rank) => (fold[entry.i] = rank % folds));
  return fold;
}

/** Each gold document labelled by a model that never saw it, in the input order. */
export function crossValidate(
  documents: readonly PreparedGold[],
  resources: BaseResources,
  themeIds: readonly string[],
  folds = 5,
  training: TrainingOptions = DEFAULT_OPTIONS,
  onFold: (fold: number) => void = () => {},
): ExtractedDocument[] {
  const fold = assignFolds(documents, folds);
  const out = new Array<ExtractedDocument>(documents.length);
  for (let f = 0; f < folds; f++) {
    onFold(f);
    const train = documents.filter((_, i) => fold[i] !== f);
    const models = trainModels(train, resources, themeIds, training);
    const labelling = {
      ...resources,
      polarityModel: loadPolarityModel(models.polarity, `fold ${f + 1} of ${folds}`),
      themeModel: loadThemeModel(models.themes, `fold ${f + 1} of ${folds}`),
    };
    documents.forEach((d, i) => {
      if (fold[i] === f) out[i] = labelDocument(d.prepared, labelling);
    });
  }
  return out;
}
