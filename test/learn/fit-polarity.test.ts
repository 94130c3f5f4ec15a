import { describe, expect, test } from "vitest";
import { fitPolarity, DEFAULT_TRAINING } from "../../scripts/learn/fit-polarity.ts";
import { modelJson } from "../../scripts/learn/model-json.ts";
import type { TrainingExample } from "../../scripts/learn/training-examples.ts";
import { classifyPolarity } from "../../scripts/pipeline/polarity/classify-polarity.ts";
import { findCues } from "../../scripts/pipeline/polarity/find-cues.ts";
import { foldSentence } from "../../scripts/pipeline/polarity/fold-sentence.ts";
import { loadPolarityModel } from "../../scripts/pipeline/polarity/polarity-model.ts";
import { sentenceFeatures, type SentencePlace } from "../../scripts/pipeline/polarity/sentence-features.ts";
import type { Polarity } from "../../src/schemas/finding.ts";

// A small fixture in the genre's manner, four documents of the four labels' usual shapes.
const place: SentencePlace = { section: "Main findings", sectionKind: "findings", listStance: null, docKind: "inspection-letter" };
const subjects = ["Social workers", "Managers", "Leaders", "Personal advisers", "Assessments", "Plans", "Visits", "Supervision"];
const shapes: [Polarity, (s: string) => string][] = [
  ["strength", (s) => `${s} are effective and well understood by families.`],
  ["strength", (s) => `${s} have improved and are now strong.`],
  ["improvement", (s) => `${s} are inconsistent and not always timely.`],
  ["improvement", (s) => `The quality of ${s.toLowerCase()} is too variable.`],
  ["recommendation", (s) => `Leaders should ensure that ${s.toLowerCase()} are reviewed.`],
  ["context", (s) => `Inspectors looked at ${s.toLowerCase()} during the visit.`],
];

function example(doc: string, text: string, polarity: Polarity): TrainingExample {
  const folded = foldSentence(text);
  const features = sentenceFeatures(folded, findCues(folded), place).values;
  return { doc, text, polarity, themes: [], goodPractice: false, features, themeFeatures: features, themeContext: { own: [], heading: [], previous: [], next: [] } };
}

const examples = subjects.flatMap((subject, i) => shapes.map(([polarity, make]) => example(`doc-${i % 4}`, make(subject), polarity)));
const options = { ...DEFAULT_TRAINING, minDocuments: 2, minCount: 2 };

describe("fitPolarity", () => {
  const model = loadPolarityModel(fitPolarity(examples, options), "fixture");

  test.each([
    ["Family group conferences are effective and well understood by families.", "strength"],
    ["Return home interviews are inconsistent and not always timely.", "improvement"],
    ["Leaders should ensure that chronologies are reviewed.", "recommendation"],
    ["Inspectors looked at case records during the visit.", "context"],
  ] as const)("labels an unseen sentence %j as %s", (sentence, expected) => {
    expect(classifyPolarity(sentence, place, model).polarity).toBe(expected);
  });

  test("explains a decision by the source words that weighed for it", () => {
    const verdict = classifyPolarity("Return home interviews are inconsistent and not always timely.", place, model);
    const top = verdict.cues[0]!;
    expect(top.weight).toBeGreaterThan(0);
    expect(top.points).toBe("improvement");
    expect("Return home interviews are inconsistent and not always timely.").toContain(top.text);
  });

  test("gives the same model file for the same examples", () => {
    expect(modelJson(fitPolarity(examples, options))).toBe(modelJson(fitPolarity(examples, options)));
  });

  test("refuses to train when a label has no example", () => {
    expect(() => fitPolarity(examples.filter((e) => e.polarity !== "context"), options)).toThrow(/labelled context/);
  });

  test("keeps only word features seen in enough documents", () => {
    const lone = example("doc-lonely", "Zebra crossings are effective.", "strength");
    const file = fitPolarity([...examples, lone], options);
    expect(file.features).not.toContain("w:zebra");
    expect(file.features).toContain("w:effective");
  });

  test("trusts the rule engine's verdict where the examples do not teach a sentence's shape", () => {
    // The fixture's recommendations all open "Leaders should ensure"; a directive in a journalist's words
    // ("the council has been urged to …") is recommendation to the rules, and the prior keeps it so.
    const sentence = "The council has been urged to make its plans effective and well understood by families.";
    const withPrior = loadPolarityModel(fitPolarity(examples, options), "prior");
    const withoutPrior = loadPolarityModel(fitPolarity(examples, { ...options, rulePrior: 0 }), "no prior");
    expect(classifyPolarity(sentence, place, withPrior).polarity).toBe("recommendation");
    expect(classifyPolarity(sentence, place, withoutPrior).polarity).toBe("strength");
  });

  test("holds a kind of document learnt from one document nearer 0 than one learnt from many", () => {
    // One commentary whose sentences all give advice: its kind must not make every commentary advice.
    const commentary = subjects.map((subject) => {
      const text = `Councils should review how ${subject.toLowerCase()} are used.`;
      const folded = foldSentence(text);
      const features = sentenceFeatures(folded, findCues(folded), { ...place, docKind: "commentary" }).values;
      return { ...example("doc-commentary", text, "recommendation"), features, themeFeatures: features };
    });
    const weightOf = (file: ReturnType<typeof fitPolarity>): number => {
      const f = file.features.indexOf("doc:commentary");
      return file.weights[file.classes.indexOf("recommendation")]![f]!;
    };
    const held = weightOf(fitPolarity([...examples, ...commentary], options));
    const free = weightOf(fitPolarity([...examples, ...commentary], { ...options, kindDocuments: 1 }));
    expect(free).toBeGreaterThan(0);
    expect(held).toBeLessThan(free / 2);
  });
});

