/**
 * News and commentary pages written for these tests (test/fixtures/pipeline/news-written, none a real
 * article): every document field a reader would record, no page furniture among the findings, and the
 * authorities of the sentences that name one. A field listed in an article's `knownMisses` is expected
 * to be wrong still (test.fails), so fixing it shows.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { loadResources } from "../../../scripts/extract/load-resources.ts";
import type { ExtractionResources } from "../../../scripts/pipeline/extract-document.ts";
import type { ExtractedDocument } from "../../../src/schemas/document.ts";
import { compareArticle, extractArticle, findingAuthorityMisses, leakedFindings, readExpectations } from "./news-written-fixtures.ts";

const expectations = readExpectations();
let resources: ExtractionResources;
const extracted = new Map<string, ExtractedDocument>();

beforeAll(async () => {
  resources = loadResources();
  for (const file of Object.keys(expectations)) extracted.set(file, await extractArticle(file, resources));
}, 60_000);

describe.each(Object.entries(expectations))("%s", (file, want) => {
  for (const field of ["kind", "publisher", "published", "type", "judgement", "authorities"]) {
    const check = want.knownMisses?.[field] ? test.fails : test;
    check(`reads its ${field} as a reader would`, () => {
      const row = compareArticle(extracted.get(file)!, want).find(([name]) => name === field)!;
      expect(row[1]).toEqual(row[2]);
    });
  }

  test("gives none of its page furniture as a finding", () => {
    expect(leakedFindings(extracted.get(file)!, want)).toEqual([]);
  });

  // Only the articles whose expectations name sentences' authorities have this to check.
  if (want.findingAuthorities) {
    test("gives each sentence that names an authority as its topic to that authority", () => {
      expect(findingAuthorityMisses(extracted.get(file)!, want)).toEqual([]);
    });
  }
});
