import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadResources } from "../../scripts/extract/load-resources.ts";
import { prepareDocument } from "../../scripts/pipeline/extract-document.ts";
import { FeatureVocabulary } from "../../scripts/pipeline/polarity/feature-vocabulary.ts";
import { findCues } from "../../scripts/pipeline/polarity/find-cues.ts";
import { foldSentence } from "../../scripts/pipeline/polarity/fold-sentence.ts";
import { sentenceFeatures } from "../../scripts/pipeline/polarity/sentence-features.ts";
import { readDocument } from "../../scripts/readers/index.ts";

const resources = loadResources();
const names = [...resources.polarityModel.file.features, ...resources.themeModel.file.features];
const vocabulary = new FeatureVocabulary(names);

describe("FeatureVocabulary", () => {
  test("finds word and pair features by their words, and nothing that is not a model's", () => {
    const word = names.find((n) => n.startsWith("w:"))!;
    const pair = names.find((n) => n.startsWith("b:"))!;
    const [first, second] = pair.slice(2).split("_");
    expect(vocabulary.entry(word.slice(2))?.w).toBe(word);
    expect(vocabulary.entry(first!)?.pairs.get(second!)).toBe(pair);
    expect(vocabulary.entry("zzzqx")).toBeUndefined();
    expect(vocabulary.entry(first!)?.pairs.get("zzzqx")).toBeUndefined();
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
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(100);
  });
});
