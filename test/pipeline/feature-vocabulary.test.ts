import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadResources } from "../../scripts/extract/load-resources.ts";
import { prepareDocument } from "../../scripts/pipeline/extract-document.ts";
import { FeatureVocabulary } from "../../scripts/pipeline/polarity/feature-vocabulary.ts";
import { findCues } from "../../scripts/pipeline/polarity/find-cues.ts";
import { foldSentence } from "../../scripts/pipeline/polarity/fold-sentence.ts";
import { scorePolarity } from "../../scripts/pipeline/polarity/polarity-model.ts";
import { sentenceFeatures } from "../../scripts/pipeline/polarity/sentence-features.ts";
import { scoreThemes } from "../../scripts/themes/theme-model.ts";
import { readDocument } from "../../scripts/readers/index.ts";

const resources = loadResources();
const names = [...resources.polarityModel.file.features, ...resources.themeModel.file.features];
const vocabulary = new FeatureVocabulary(names);

describe("FeatureVocabulary", () => {
  test("finds word and pair features by their words, and nothing that is not a model's", () => {
    const word = names.find((n) => n.startsWith("w:"))!;
    const pair = names.find((n) => n.startsWith("b:"))!;
    const [first, second] = pair.slice(2).split("_");
    expect(vocabulary.names[vocabulary.entry(word.slice(2))!.w!]).toBe(word);
    expect(vocabulary.names[vocabulary.entry(first!)!.pairs.get(second!)!]).toBe(pair);
    expect(vocabulary.id(word)).toBe(vocabulary.entry(word.slice(2))?.w);
    expect(vocabulary.entry("zzzqx")).toBeUndefined();
    expect(vocabulary.entry(first!)?.pairs.get("zzzqx")).toBeUndefined();
  });

  test("numbers every model feature once, and the rules' verdicts even where no model reads them", () => {
    expect(new Set(vocabulary.names).size).toBe(vocabulary.size);
    for (const name of names) expect(vocabulary.names[vocabulary.id(name)]).toBe(name);
    for (const label of ["strength", "improvement", "recommendation", "context"]) expect(vocabulary.id(`rules:${label}`)).toBeGreaterThanOrEqual(0);
    expect(vocabulary.id("w:zzzqx")).toBe(-1);
  });

  test("gives each feature its column in a model, and -1 where the model has none", () => {
    const columns = vocabulary.columnsIn(resources.themeModel.index);
    vocabulary.names.forEach((name, id) => expect(columns[id]).toBe(resources.themeModel.index.get(name) ?? -1));
    expect(vocabulary.columnsIn(resources.themeModel.index)).toBe(columns);
  });

  test("gives the bundled corpus's sentences exactly the features that unfiltered features hold in the vocabulary", async () => {
    const dir = join(import.meta.dirname, "../../content/reports");
    let sentences = 0;
    for (const file of readdirSync(dir).sort()) {
      const bytes = readFileSync(join(dir, file));
      const source = await readDocument(new Uint8Array(bytes), join(dir, file));
      const prepared = prepareDocument(source, { path: file, sha256: "0".repeat(64) }, resources);
      for (const c of prepared.candidates) {
        const folded = foldSentence(c.text);
        const place = { ...c, docKind: prepared.meta.kind, docGrade: prepared.meta.inspection.judgement };
        const all = sentenceFeatures(folded, findCues(folded), place);
        const kept = sentenceFeatures(folded, findCues(folded), place, vocabulary);
        const expected = [...all.values].filter(([name]) => vocabulary.has(name) || name.startsWith("rules:"));
        expect([...kept.values]).toEqual(expected);
        for (const [name] of expected) expect(kept.sources.get(name)).toEqual(all.sources.get(name));
        // Scored by number, a sentence scores exactly as by name: same label, probability and parts, in the same order.
        expect(kept.listed).toBeDefined();
        const byNumber = scorePolarity(resources.polarityModel, kept.listed!);
        const byName = scorePolarity(resources.polarityModel, new Map(expected));
        expect(byNumber).toEqual(byName);
        const context = { own: [], heading: [], previous: [], next: [] };
        expect(scoreThemes(resources.themeModel, kept.listed!, context)).toEqual(scoreThemes(resources.themeModel, new Map(expected), context));
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(100);
  });
});
