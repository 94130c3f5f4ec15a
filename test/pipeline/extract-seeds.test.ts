/**
 * The contract over the bundled corpus: schema-valid output, offsets that point at the finding's
 * text, stable ids, and golden fixtures of every seed's findings (UPDATE=1 regenerates; review diffs).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { ExtractionSchema } from "../../src/schemas/extraction.ts";
import type { Extraction } from "../../src/schemas/extraction.ts";
import { extractCorpus } from "../../scripts/extract/extract-corpus.ts";

const corpus = join(import.meta.dirname, "../../content/reports");
const goldenDir = join(import.meta.dirname, "../fixtures/pipeline/seeds");
let extraction: Extraction;

beforeAll(async () => {
  extraction = await extractCorpus([corpus]);
}, 60_000);

describe("extraction of the bundled corpus", () => {
  test("is valid against the contract and extracts every seed without error", () => {
    expect(() => ExtractionSchema.parse(extraction)).not.toThrow();
    expect(extraction.errors).toEqual([]);
    expect(extraction.documents).toHaveLength(readdirSync(corpus).length);
  });

  test("gives each finding offsets that point at its text in the document", () => {
    for (const doc of extraction.documents) {
      for (const f of doc.findings) {
        expect(doc.text.slice(f.start, f.end).replace(/\s+/g, " ")).toBe(f.text);
      }
    }
  });

  test("gives every finding a unique id, the same on a second run", async () => {
    const ids = extraction.documents.flatMap((d) => d.findings.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
    const again = await extractCorpus([corpus]);
    expect(again.documents.flatMap((d) => d.findings.map((f) => f.id))).toEqual(ids);
  });

  test("sets the Kent letter's document fields from its letter head", () => {
    const letter = extraction.documents.find((d) => d.kind === "inspection-letter")!;
    expect(letter).toMatchObject({
      publisher: "Ofsted",
      published: "2024-02-27",
      inspection: { type: "focused-visit", dates: ["2024-01-23", "2024-01-24"], judgement: null },
      authorities: [{ code: "E10000016", name: "Kent" }],
    });
    expect(letter.title).toMatch(/^Focused visit to Kent County Council/);
  });

  test("keeps letter furniture and web page chrome out of the findings", () => {
    const texts = extraction.documents.flatMap((d) => d.findings.map((f) => f.text));
    for (const leak of ["Dear Ms Hammond", "Yours sincerely", "Read Full Story", "Subscribe", "Contact Us", "From £15 / month"]) {
      expect(texts.some((t) => t.includes(leak)), leak).toBe(false);
    }
  });

  test("gives a commentary's findings to the authorities it cites, and none to national statements", () => {
    const commentary = extraction.documents.find((d) => d.kind === "commentary")!;
    expect(commentary.authorities).toEqual([]);
    const cited = commentary.findings.filter((f) => f.authorities.length > 0);
    expect(new Set(cited.flatMap((f) => f.authorities))).toEqual(new Set(["E09000008", "E08000036"]));
    // Each cited authority is held up as an example by the sentence that cites it.
    for (const code of ["E09000008", "E08000036"]) expect(cited.some((f) => f.authorities.includes(code) && f.goodPractice)).toBe(true);
    expect(commentary.findings.filter((f) => f.authorities.length === 0).every((f) => !f.goodPractice)).toBe(true);
  });

  test("matches the golden findings of each seed", () => {
    mkdirSync(goldenDir, { recursive: true });
    for (const doc of extraction.documents) {
      const file = join(goldenDir, `${basename(doc.source).replace(/\.[^.]+$/, "")}.json`);
      const actual = {
        id: doc.id,
        kind: doc.kind,
        title: doc.title,
        findings: doc.findings.map((f) => ({ id: f.id, polarity: f.polarity, themes: f.themes, text: f.text })),
      };
      if (process.env["UPDATE"] === "1" || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(file, "utf8")));
    }
  });
});
