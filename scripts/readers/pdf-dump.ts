/**
 * Debugging CLI for the PDF reader.
 *   node scripts/readers/pdf-dump.ts FILE.pdf          prints the text with page markers
 *   node scripts/readers/pdf-dump.ts --blocks FILE.pdf prints each block with its type
 */
import { readFile } from "node:fs/promises";
import { readPdf } from "./pdf.ts";
import type { SourceDocument } from "./source-document.ts";

/** The text with a "=== page N ===" line where each page starts. */
export function withPageMarkers(doc: SourceDocument): string {
  return doc.pages.map((page) => `=== page ${page.number} ===\n${doc.text.slice(page.start, page.end)}`).join("\n");
}

/** Each block on its own line, prefixed by its type (and heading depth). */
export function withBlockTypes(doc: SourceDocument): string {
  return doc.blocks
    .map((block) => `[${block.type}${block.depth ? ` ${block.depth}` : ""}] ${doc.text.slice(block.start, block.end)}`)
    .join("\n");
}

const args = process.argv.slice(2);
const showBlocks = args.includes("--blocks");
const files = args.filter((arg) => !arg.startsWith("--"));
if (files.length === 0) {
  console.error("usage: node scripts/readers/pdf-dump.ts [--blocks] FILE.pdf");
  process.exit(2);
}
for (const file of files) {
  const doc = await readPdf(new Uint8Array(await readFile(file)), file);
  console.log(showBlocks ? withBlockTypes(doc) : withPageMarkers(doc));
  console.log(`--- meta ${JSON.stringify(doc.meta)}`);
  for (const warning of doc.warnings) console.log(`--- warning: ${warning}`);
}
