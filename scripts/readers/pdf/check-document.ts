/** Spots what the PDF reader should have removed or joined, for the corpus check of pdf-dump. */
import type { SourceDocument } from "../source-document.ts";

/** Problems in a read document: leftover page numbers, line-end hyphen breaks, a broken page map. */
export function checkDocument(doc: SourceDocument): string[] {
  const problems: string[] = [];
  const lines = doc.text.split("\n");
  const pageNumbers = lines.filter((line) => /^\s*(page\s+\d+(\s+of\s+\d+)?|\d{1,3})\s*$/i.test(line));
  if (pageNumbers.length > 0) problems.push(`page-number lines left: ${JSON.stringify(pageNumbers.slice(0, 3))}`);
  const hyphenBreak = /.{0,30}[A-Za-z]-\n.{0,30}/.exec(doc.text);
  if (hyphenBreak) problems.push(`hyphen at a line end: ${JSON.stringify(hyphenBreak[0])}`);
  if (doc.text.trim() === "") problems.push("empty text");
  const pagesContiguous = doc.pages.every((page, i) => page.start <= page.end && (i === 0 ? page.start === 0 : page.start === doc.pages[i - 1]!.end));
  if (!pagesContiguous || doc.pages.at(-1)?.end !== doc.text.length) problems.push("page map does not cover the text in order");
  return problems;
}
