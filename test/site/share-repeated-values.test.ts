import { describe, expect, test } from "vitest";
import { SharedValues } from "../../src/lib/share-repeated-values.ts";
import { ExtractionSchema } from "../../src/schemas/index.ts";
import { extraction } from "./fixture.ts";

describe("SharedValues", () => {
  const copy = () => ExtractionSchema.parse(structuredClone(extraction));

  test("changes nothing a page can read", () => {
    const shared = new SharedValues();
    const documents = copy().documents.map((d) => shared.share(d));
    expect(documents).toEqual(copy().documents);
  });

  test("equal cues, theme lists, authority lists and headings become one object across documents", () => {
    const shared = new SharedValues();
    const findings = copy().documents.map((d) => shared.share(d)).flatMap((d) => d.findings);
    const pairs = (pick: (f: (typeof findings)[number]) => unknown[]) =>
      findings.flatMap((a, i) => findings.slice(i + 1).map((b) => [pick(a), pick(b)] as const));
    // Every equal pair is the same object, so each distinct value is held once.
    for (const [a, b] of pairs((f) => f.themes)) if (JSON.stringify(a) === JSON.stringify(b)) expect(a).toBe(b);
    for (const [a, b] of pairs((f) => f.authorities)) if (JSON.stringify(a) === JSON.stringify(b)) expect(a).toBe(b);
    const cues = findings.flatMap((f) => f.cues);
    const byValue = new Map(cues.map((c) => [JSON.stringify(c), c]));
    for (const cue of cues) expect(cue).toBe(byValue.get(JSON.stringify(cue)));
    expect(byValue.size).toBeLessThan(cues.length);
  });

  test("keeps cues apart that differ in any field, and lists that differ only in length", () => {
    const shared = new SharedValues();
    const [document] = copy().documents;
    if (!document || document.findings.length < 3) throw new Error("fixture too small");
    const [a, b, c] = document.findings;
    if (!a || !b || !c) throw new Error("fixture too small");
    a.cues = [{ kind: "lexicon", text: "strong", points: "strength", weight: 1 }];
    b.cues = [{ kind: "lexicon", text: "strong", points: "strength", weight: 1.5 }];
    a.themes = [];
    b.themes = [""];
    c.themes = [];
    shared.share(document);
    expect(a.cues[0]).not.toBe(b.cues[0]);
    expect(b.cues[0]?.weight).toBe(1.5);
    expect(b.themes).toEqual([""]);
    expect(a.themes).toBe(c.themes);
  });
});
