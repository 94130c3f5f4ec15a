import { describe, expect, test } from "vitest";
import { explainDecision } from "../../scripts/pipeline/polarity/explain-decision.ts";
import type { FeatureSource, SentenceFeatures } from "../../scripts/pipeline/polarity/sentence-features.ts";

const text = "Plans are not always timely for a few children.";
const span = (word: string): FeatureSource => ({ start: text.toLowerCase().indexOf(word), end: text.toLowerCase().indexOf(word) + word.length });
const features = (names: string[]): SentenceFeatures => ({
  values: new Map(names.map((n) => [n, 1])),
  sources: new Map(names.map((n) => [n, span(n.slice(n.indexOf(":") + 1).replace(/_/g, " "))])),
  rules: { polarity: "improvement", kind: "negation", source: span("not always") },
});

describe("explainDecision", () => {
  test("keeps the cues that weighed, weightiest first, and drops words that barely moved the decision", () => {
    const contributions = new Map([
      ["cue:negation:improvement", 1.7],
      ["w:timely", -0.4],
      ["w:plans", 0.2],
      ["w:for", 0.05],
      ["w:a", -0.03],
      ["bias", 2],
    ]);
    const f = features(["cue:negation:not always", "w:timely", "w:plans", "w:for", "w:a"]);
    f.sources.set("cue:negation:improvement", span("not always"));
    const cues = explainDecision(text, f, contributions, "improvement");
    expect(cues.map((c) => [c.kind, c.text, c.weight])).toEqual([
      ["negation", "not always", 1.7],
      ["lexicon", "Plans", 0.2],
      ["lexicon", "timely", -0.4],
    ]);
  });

  test("shows the three weightiest cues of a weak decision, however little they weighed", () => {
    const contributions = new Map([
      ["w:plans", 0.1],
      ["w:for", 0.05],
      ["w:a", -0.03],
      ["w:few", 0.02],
    ]);
    const cues = explainDecision(text, features(["w:plans", "w:for", "w:a", "w:few"]), contributions, "strength");
    expect(cues.map((c) => c.text)).toEqual(["Plans", "for", "a"]);
  });
});

describe("explainDecision of the rule engine's verdict", () => {
  test("shows the verdict's part as the evidence that chiefly gave it, in the source's words", () => {
    const f = features(["w:timely"]);
    f.values.set("rules:improvement", 1);
    f.sources.set("rules:improvement", span("not always"));
    const cues = explainDecision(text, f, new Map([["rules:improvement", 2.4], ["w:timely", -0.4]]), "improvement");
    expect(cues.map((c) => [c.kind, c.text, c.weight])).toEqual([
      ["negation", "not always", 2.4],
      ["lexicon", "timely", -0.4],
    ]);
  });

  test("adds up the parts of features fired by the same words as the same evidence", () => {
    const f = features(["w:timely"]);
    f.values.set("rules:improvement", 1);
    f.sources.set("rules:improvement", span("not always"));
    f.values.set("cue:negation:improvement", 1);
    f.sources.set("cue:negation:improvement", span("not always"));
    const contributions = new Map([["rules:improvement", 2.4], ["cue:negation:improvement", -0.9], ["w:timely", -0.4]]);
    const cues = explainDecision(text, f, contributions, "improvement");
    expect(cues.map((c) => [c.kind, c.text, c.weight])).toEqual([
      ["negation", "not always", 1.5],
      ["lexicon", "timely", -0.4],
    ]);
  });
});

describe("explainDecision of a sentence under no heading", () => {
  test("says the section prior is that of no heading rather than quoting nothing", () => {
    const f: SentenceFeatures = {
      values: new Map([["section:other", 1]]),
      sources: new Map([["section:other", { outside: "" }]]),
      rules: { polarity: "context", kind: "section", source: { outside: "" } },
    };
    const cues = explainDecision(text, f, new Map([["section:other", -0.8]]), "recommendation");
    expect(cues).toEqual([{ kind: "section", text: "(no heading)", points: "recommendation", weight: -0.8 }]);
  });
});
