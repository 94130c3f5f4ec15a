/** The model file's bytes: one line per feature list and weight row, so a diff of two models stays readable. */
import type { PolarityModelFile } from "../pipeline/polarity/polarity-model.ts";
import type { ThemeModelFile } from "../themes/theme-model.ts";

/** Serialise a model deterministically (key order as built, one array per line). */
export function modelJson(model: PolarityModelFile | ThemeModelFile): string {
  const lines = [
    "{",
    `  "model": ${JSON.stringify(model.model)},`,
    `  "classes": ${JSON.stringify(model.classes)},`,
    ..."threshold" in model ? [`  "threshold": ${JSON.stringify(model.threshold)},`, `  "relative": ${JSON.stringify(model.relative)},`, `  "shared": ${JSON.stringify(model.shared)},`] : [],
    `  "training": ${JSON.stringify(model.training)},`,
    `  "features": ${JSON.stringify(model.features)},`,
    `  "weights": [`,
    model.weights.map((row) => `    ${JSON.stringify(row)}`).join(",\n"),
    "  ]",
    "}",
  ];
  return `${lines.join("\n")}\n`;
}
