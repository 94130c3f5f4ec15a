/** The output fingerprint a speed-up is checked against: the same documents hash alike, any change in a finding shows. */
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { fingerprintExtraction } from "../../scripts/bench/extraction-fingerprint.ts";
import { readCorpus, type ReadDocument } from "../../scripts/bench/read-corpus.ts";
import { loadResources } from "../../scripts/extract/load-resources.ts";

const seeds = join(import.meta.dirname, "../../content/reports");
const resources = loadResources();
let documents: ReadDocument[];

beforeAll(async () => {
  documents = (await readCorpus([seeds])).documents;
});

describe("fingerprintExtraction", () => {
  test("gives the same hash for the same documents on a second run", () => {
    const first = fingerprintExtraction(documents, resources);
    expect(first.documents).toBe(documents.length);
    expect(first.findings).toBeGreaterThan(0);
    expect(fingerprintExtraction(documents, resources).sha256).toBe(first.sha256);
  });

  test("changes when one word of one document changes", () => {
    const [first, ...rest] = documents;
    const edited = { ...first!, source: { ...first!.source, text: first!.source.text.replace(/\beffective\b/, "ineffective") } };
    expect(edited.source.text).not.toBe(first!.source.text);
    expect(fingerprintExtraction([edited, ...rest], resources).sha256).not.toBe(fingerprintExtraction(documents, resources).sha256);
  });
});
