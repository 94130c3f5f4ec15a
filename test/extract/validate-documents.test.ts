/** The corpus extraction validates each new document: one that breaks the contract becomes an error entry naming its file. */
import { join } from "node:path";
import { expect, test } from "vitest";
import { extractCorpus } from "../../scripts/extract/extract-corpus.ts";
import { loadResources } from "../../scripts/extract/load-resources.ts";

const seeds = join(import.meta.dirname, "../../content/reports");

test("a document that does not meet the contract is an error entry saying where, and the rest still extract", async () => {
  const resources = loadResources();
  // A tagger gone wrong: a theme cue with no trigger text for every sentence that mentions "leaders".
  const broken = { ...resources, tagThemes: (s: string) => (/leaders/i.test(s) ? [{ theme: "leadership", trigger: 42 as unknown as string }] : resources.tagThemes(s)) };
  const extraction = await extractCorpus([seeds], { resources: broken, workers: 0 });
  const good = await extractCorpus([seeds], { resources, workers: 0 });
  expect(extraction.errors.length).toBeGreaterThan(0);
  for (const error of extraction.errors) {
    expect(error.message).toMatch(/^the extracted document does not meet the contract \(findings\.\d+\.cues\.\d+\.text: .+\): a bug in the extractor$/);
  }
  expect(extraction.documents.length + extraction.errors.length).toBe(good.documents.length);
  expect(extraction.documents.length).toBeGreaterThan(0);
}, 60_000);
