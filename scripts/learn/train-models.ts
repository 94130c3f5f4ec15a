/** Train both learned models (polarity, themes) from prepared gold documents: what `npm run train` and each cross-validation fold do. */
import type { BaseResources } from "../pipeline/extract-document.ts";
import type { PolarityModelFile } from "../pipeline/polarity/polarity-model.ts";
import type { ThemeModelFile } from "../themes/theme-model.ts";
import { DEFAULT_TRAINING, fitPolarity, type PolarityTraining } from "./fit-polarity.ts";
import { DEFAULT_THEME_TRAINING, fitThemes, type ThemeTraining } from "./fit-themes.ts";
import type { PreparedGold } from "./gold-corpus.ts";
import { trainingExamples } from "./training-examples.ts";

/** Both models' training options. */
export interface TrainingOptions {
  polarity: PolarityTraining;
  themes: ThemeTraining;
}

/** The options `npm run train` uses. */
export const DEFAULT_OPTIONS: TrainingOptions = { polarity: DEFAULT_TRAINING, themes: DEFAULT_THEME_TRAINING };

/** The two model files learnt from `documents`, with the number of examples they came from. */
export function trainModels(
  documents: readonly PreparedGold[],
  resources: BaseResources,
  themeIds: readonly string[],
  options: TrainingOptions = DEFAULT_OPTIONS,
): { polarity: PolarityModelFile; themes: ThemeModelFile; examples: number } {
  const examples = trainingExamples(documents, resources.tagThemes);
  return { polarity: fitPolarity(examples, options.polarity), themes: fitThemes(examples, themeIds, options.themes), examples: examples.length };
}
