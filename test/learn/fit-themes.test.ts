import { describe, expect, test } from "vitest";
import { DEFAULT_THEME_TRAINING, fitThemes } from "../../scripts/learn/fit-themes.ts";
import { modelJson } from "../../scripts/learn/model-json.ts";
import type { TrainingExample } from "../../scripts/learn/training-examples.ts";
import { findCues } from "../../scripts/pipeline/polarity/find-cues.ts";
import { foldSentence } from "../../scripts/pipeline/polarity/fold-sentence.ts";
import { sentenceFeatures } from "../../scripts/pipeline/polarity/sentence-features.ts";
import { loadThemes } from "../../scripts/themes/load-themes.ts";
import { createThemeTagger } from "../../scripts/themes/tag-themes.ts";
import { themeContexts } from "../../scripts/themes/theme-context.ts";
import { loadThemeModel, scoreThemes, themeFeatures } from "../../scripts/themes/theme-model.ts";

const tag = createThemeTagger(loadThemes());
const THEMES = ["care-leavers", "supervision", "missing"];

// Paragraphs in the genre's manner: a topic named, then a sentence that goes on about it without naming it.
const topics: [string, string][] = [
  ["care-leavers", "Care leavers are supported by personal advisers"],
  ["supervision", "Social workers receive regular supervision"],
  ["missing", "Children who go missing from home are offered return home interviews"],
];
const follow = ["This is timely.", "Most of them say it helps.", "Records show the work clearly.", "It is well recorded."];

function paragraphExamples(doc: number): TrainingExample[] {
  const candidates = topics.flatMap(([, opening], t) => [
    { text: `${opening} in area ${doc}.`, section: null, blockIndex: t },
    { text: follow[(doc + t) % follow.length]!, section: null, blockIndex: t },
  ]);
  const contexts = themeContexts(candidates, tag);
  return candidates.map((c, i) => {
    const folded = foldSentence(c.text);
    const features = sentenceFeatures(folded, findCues(folded), { section: null, sectionKind: "other", listStance: null }).values;
    return {
      doc: `doc-${doc}`,
      text: c.text,
      features,
      themeFeatures: themeFeatures(features, contexts[i]!),
      themeContext: contexts[i]!,
      polarity: "strength",
      themes: [topics[Math.floor(i / 2)]![0]],
      goodPractice: false,
    };
  });
}

const examples = [0, 1, 2, 3, 4, 5].flatMap(paragraphExamples);
const options = { ...DEFAULT_THEME_TRAINING, minDocuments: 2, minCount: 2 };

describe("fitThemes", () => {
  const file = fitThemes(examples, THEMES, options);
  const model = loadThemeModel(JSON.parse(modelJson(file)), "fixture");

  test("learns that a theme found in the sentence before carries over to a sentence that does not name it", () => {
    expect(file.shared.weights[file.shared.places.indexOf("previous")]).toBeGreaterThan(0);
    const candidates = [
      { text: "Care leavers are supported by personal advisers in a new area.", section: null, blockIndex: 0 },
      { text: "Most of them say it helps.", section: null, blockIndex: 0 },
    ];
    const [, context] = themeContexts(candidates, tag);
    const folded = foldSentence(candidates[1]!.text);
    const values = sentenceFeatures(folded, findCues(folded), { section: null, sectionKind: "other", listStance: null }).values;
    const scores = scoreThemes(model, values, context!);
    expect(scores.map((s) => s.theme)).toEqual(["care-leavers"]);
    expect(scores[0]!.strongest).toBe("context:previous");
  });

  test("survives its own file format and gives the same bytes for the same examples", () => {
    expect(model.file.shared).toEqual(file.shared);
    expect(modelJson(fitThemes(examples, THEMES, options))).toBe(modelJson(file));
  });

  test("gives a theme no example has a firm no", () => {
    const none = fitThemes(examples, [...THEMES, "uasc"], options);
    const row = none.weights[3]!;
    expect(row[none.features.indexOf("bias")]).toBe(-10);
  });
});
