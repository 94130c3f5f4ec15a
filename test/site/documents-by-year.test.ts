import { describe, expect, test } from "vitest";
import { documentsByYear, documentYear } from "../../src/lib/documents-by-year.ts";
import { buildCorpusIndex } from "../../src/lib/corpus-index.ts";
import type { ExtractedDocument } from "../../src/schemas/index.ts";
import { authorities, extraction } from "./fixture.ts";

describe("documentsByYear", () => {
  const dated = (id: string, published: string | null, dates: string[] = []): ExtractedDocument =>
    ({ ...extraction.documents[0]!, id, published, inspection: { ...extraction.documents[0]!.inspection, dates } }) as ExtractedDocument;

  test("files each document under its date's year, newest year first, undated last, keeping the order given", () => {
    const docs = [dated("a", "2024-05-01"), dated("b", null, ["2023-11-02"]), dated("c", "2024-01-09"), dated("d", null), dated("e", "2019-07-30")];
    expect(documentsByYear(docs).map((y) => [y.year, y.documents.map((d) => d.id)])).toEqual([
      ["2024", ["a", "c"]],
      ["2023", ["b"]],
      ["2019", ["e"]],
      ["undated", ["d"]],
    ]);
    expect(documentYear(docs[1]!)).toBe("2023");
    expect(documentYear(docs[3]!)).toBe("undated");
  });

  test("holds every document of the fixture once", () => {
    const { documents } = buildCorpusIndex(extraction, authorities);
    const years = documentsByYear(documents);
    expect(years.flatMap((y) => y.documents)).toEqual(documents);
    expect(years.length).toBeGreaterThan(0);
  });
});
