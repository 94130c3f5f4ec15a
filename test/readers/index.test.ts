import { describe, expect, test, vi } from "vitest";
import type { SourceDocument } from "../../scripts/readers/source-document.ts";

// The PDF reader is another module's work: here it only has to be the one chosen.
const pdfDocument: SourceDocument = { format: "pdf", text: "PDF TEXT", pages: [], blocks: [], meta: {}, warnings: [] };
vi.mock("../../scripts/readers/pdf.ts", () => ({ readPdf: vi.fn(async () => pdfDocument) }));

const { readDocument, readerFor, supportedExtensions } = await import("../../scripts/readers/index.ts");
const { readPdf } = await import("../../scripts/readers/pdf.ts");
const { readText } = await import("../../scripts/readers/text.ts");
const { readMarkdown } = await import("../../scripts/readers/markdown.ts");
const { readHtml } = await import("../../scripts/readers/html.ts");
const { ReaderError } = await import("../../scripts/readers/source-document.ts");

const bytes = (text: string) => Buffer.from(text, "utf8");
const ARTICLE = "<p>Most children referred to the front door receive a timely and appropriate response, inspectors found, and thresholds are well understood by partners across the county.</p>";

describe("readerFor", () => {
  test.each([
    ["letter.txt", readText],
    ["notes.TEXT", readText],
    ["news.md", readMarkdown],
    ["news.markdown", readMarkdown],
    ["page.html", readHtml],
    ["dir.v2/page.HTM", readHtml],
    ["report.pdf", readPdf],
  ])("picks the reader for %s by its extension", (path, reader) => {
    expect(readerFor(path)).toBe(reader);
  });

  test.each([["report.docx"], ["README"], [".txt"], ["folder.txt/report.odt"]])("has no reader for %s", (path) => {
    expect(readerFor(path)).toBeUndefined();
  });

  test("lists the extensions a folder walk should pick up", () => {
    expect([...supportedExtensions].sort()).toEqual([".htm", ".html", ".markdown", ".md", ".pdf", ".text", ".txt"]);
  });
});

describe("readDocument", () => {
  test("reads a .txt file with the text reader", async () => {
    expect((await readDocument(bytes("Kent improves front door service"), "a.txt")).format).toBe("text");
  });

  test("reads a .md file with the Markdown reader", async () => {
    expect((await readDocument(bytes("# Title\n\nBody."), "a.md")).format).toBe("markdown");
  });

  test("sends a .pdf that starts with %PDF- to the PDF reader", async () => {
    await expect(readDocument(bytes("%PDF-1.7\n..."), "report.pdf")).resolves.toBe(pdfDocument);
  });

  test("sends a .txt file that is really a PDF to the PDF reader", async () => {
    vi.mocked(readPdf).mockClear();
    await expect(readDocument(bytes("%PDF-1.4\n%âãÏÓ"), "saved-as.txt")).resolves.toBe(pdfDocument);
    expect(readPdf).toHaveBeenCalledOnce();
  });

  test("refuses a .pdf that does not start with %PDF-, saying what it starts with", async () => {
    const reading = readDocument(bytes("<!DOCTYPE html><html><body>Not found</body></html>"), "report.pdf");
    await expect(reading).rejects.toThrow(ReaderError);
    await expect(readDocument(bytes("<!DOCTYPE html><html>"), "report.pdf")).rejects.toThrow(/^not a PDF \(starts with "<!DOCTYPE html><html>"\)/);
  });

  test.each([["<!DOCTYPE html>"], ["<!doctype html>"], ["\ufeff  <html lang=\"en\">"]])("reads a .txt file that starts with %j as HTML", async (start) => {
    const document = await readDocument(bytes(`${start}<head><title>Kent</title></head><body><article>${ARTICLE}</article></body></html>`), "page.txt");
    expect(document.format).toBe("html");
    expect(document.text).not.toContain("<");
  });

  test.each([["report.docx", "unsupported file type .docx"], ["README", "unsupported file type (no extension)"]])("refuses %s", async (path, message) => {
    await expect(readDocument(bytes("PK\u0003\u0004"), path)).rejects.toThrow(ReaderError);
    await expect(readDocument(bytes("PK\u0003\u0004"), path)).rejects.toThrow(message);
  });
});
