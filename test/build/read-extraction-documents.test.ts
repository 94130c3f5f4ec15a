import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { readExtraction, readExtractionDocumentAt, readExtractionDocumentSpans, readExtractionDocuments } from "../../src/lib/read-extraction-documents.ts";
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

  test("finds the end of strings that hold runs of backslashes before quotes, wherever a block ends", () => {
    // Every run of 0–5 backslashes before a quote or a brace, as JSON escapes them, cut by every small block size.
    const tricky = Array.from({ length: 6 }, (_, n) => `${"\\".repeat(n)}"}]{[`).join(" ");
    const docs = extraction.documents.map((d) => ({ ...d, title: tricky, text: `${tricky}${d.text}\\` }));
    const file = join(dir, "backslashes.json");
    writeFileSync(file, JSON.stringify({ documents: docs, errors: [] }));
    for (let block = 1; block <= 9; block++) expect([...readExtractionDocuments(file, block)], `block ${block}`).toEqual(docs);
  });

  test("gives each document's span, from which it reads back alone, in any order and whatever the block size", () => {
    // Non-ASCII text before and inside the documents: spans count bytes, not characters.
    const docs = extraction.documents.map((d, i) => ({ ...d, title: `${d.title} – “${i}” é` }));
    const file = join(dir, "spans.json");
    writeFileSync(file, JSON.stringify({ note: "ß∑ before", documents: docs, errors: [] }, null, 1));
    for (const block of [5, 64, 1 << 20]) {
      const spans = [...readExtractionDocumentSpans(file, block)];
      expect(spans.map(([d]) => d), `block ${block}`).toEqual(docs);
      expect(spans.map(([, s]) => s.index)).toEqual(docs.map((_, i) => i));
      const text = readFileSync(file);
      for (const [doc, span] of [...spans].reverse()) {
        expect(JSON.parse(text.subarray(span.start, span.start + span.length).toString("utf8"))).toEqual(doc);
        expect(readExtractionDocumentAt(file, span)).toEqual(doc);
      }
    }
    writeFileSync(file, "{}");
    const [, span] = [...readExtractionDocumentSpans(fixture)][1]!;
    expect(() => readExtractionDocumentAt(file, span)).toThrow(/spans\.json ends inside document 2/);
  });

  test("reads the documents and the errors in one pass, whichever comes first", () => {
    const errors = [
      { source: "/corpus/a.pdf", message: "not a PDF: [}{\\\"" },
      { source: "/corpus/b.html", message: "empty" },
    ];
    for (const [name, value] of [
      ["documents-first.json", { documents: extraction.documents, errors }],
      ["errors-first.json", { errors, other: [{ documents: [1] }], documents: extraction.documents }],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(value, null, name.startsWith("errors") ? 2 : undefined));
      for (const block of [3, 1 << 20]) {
        const documents: unknown[] = [];
        expect(readExtraction(file, (d) => void documents.push(d), block), `${name}, block ${block}`).toEqual(errors);
        expect(documents).toEqual(extraction.documents);
      }
    }
    const file = join(dir, "bad-error.json");
    writeFileSync(file, JSON.stringify({ documents: [], errors: [errors[0], { source: 1 }] }));
    expect(() => readExtraction(file, () => undefined)).toThrow(/bad-error\.json: error entry 2 is not valid/);
  });

  test("names the file and the document that is invalid", () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ documents: [extraction.documents[0], { id: "Not An Id" }], errors: [] }));
    expect(() => [...readExtractionDocuments(file)]).toThrow(/bad\.json: document 2 is not valid/);
    writeFileSync(file, '{"documents": [{"id": "x"');
    expect(() => [...readExtractionDocuments(file)]).toThrow(/ends before its JSON does/);
  });
});
