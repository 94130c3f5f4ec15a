import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { readExtractionDocuments } from "../../src/lib/read-extraction-documents.ts";
import { extraction } from "../site/fixture.ts";

const dir = mkdtempSync(join(tmpdir(), "read-documents-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = new URL("../fixtures/site/extraction.json", import.meta.url).pathname;

describe("reading an extraction one document at a time", () => {
  test("yields the same validated documents as reading the whole file", () => {
    expect([...readExtractionDocuments(fixture)]).toEqual(extraction.documents);
  });

  test("works whatever the formatting, with braces, quotes and escapes in strings, across small blocks", () => {
    const docs = extraction.documents.map((d, i) => ({ ...d, title: i === 0 ? 'A "title" with {braces}, [brackets] and \\\\ a backslash }' : d.title }));
    const file = join(dir, "compact.json");
    // Another top-level key first, holding an array of objects, and no whitespace at all.
    writeFileSync(file, JSON.stringify({ errors: [{ path: "x", message: "}{" }], documents: docs }));
    for (const block of [7, 64, 1 << 20]) expect([...readExtractionDocuments(file, block)], `block ${block}`).toEqual(docs);
    expect(JSON.parse(readFileSync(file, "utf8")).documents[0].title).toBe(docs[0]!.title);
  });

  test("names the file and the document that is invalid", () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ documents: [extraction.documents[0], { id: "Not An Id" }], errors: [] }));
    expect(() => [...readExtractionDocuments(file)]).toThrow(/bad\.json: document 2 is not valid/);
    writeFileSync(file, '{"documents": [{"id": "x"');
    expect(() => [...readExtractionDocuments(file)]).toThrow(/ends before its JSON does/);
  });
});
