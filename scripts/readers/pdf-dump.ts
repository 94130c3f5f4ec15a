/**
 * Debugging CLI for the PDF reader.
 *   node scripts/readers/pdf-dump.ts FILE.pdf           the text, with a "=== page N ===" line where each page starts
 *   node scripts/readers/pdf-dump.ts --blocks FILE.pdf  each block on a line, prefixed by its type
 *   node scripts/readers/pdf-dump.ts --check DIR|FILE…  reads every PDF, reports failures, leftovers and pages/s
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { readPdf } from "./pdf.ts";
import { checkDocument } from "./pdf/check-document.ts";
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

/** The PDF files under the given paths (directories are walked). */
async function pdfFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const entries = await readdir(path, { recursive: true, encoding: "utf8" });
      files.push(...entries.filter((entry) => entry.toLowerCase().endsWith(".pdf")).sort().map((entry) => join(path, entry)));
    } else {
      files.push(path);
    }
  }
  return files;
}

async function check(paths: string[]): Promise<number> {
  const files = await pdfFiles(paths);
  const started = performance.now();
  let pages = 0;
  let failed = 0;
  for (const file of files) {
    try {
      const doc = await readPdf(new Uint8Array(await readFile(file)), file);
      pages += doc.pages.length;
      for (const problem of [...checkDocument(doc), ...doc.warnings]) console.log(`${file}: ${problem}`);
    } catch (error) {
      failed++;
      console.log(`${file}: FAILED ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${files.length} files, ${failed} failed, ${pages} pages in ${seconds.toFixed(1)} s (${(pages / seconds).toFixed(0)} pages/s)`);
  return failed === 0 ? 0 : 1;
}

const args = process.argv.slice(2);
const paths = args.filter((arg) => !arg.startsWith("--"));
if (paths.length === 0) {
  console.error("usage: node scripts/readers/pdf-dump.ts [--blocks | --check] FILE.pdf|DIR ...");
  process.exit(2);
}
if (args.includes("--check")) {
  process.exitCode = await check(paths);
} else {
  for (const file of paths) {
    const doc = await readPdf(new Uint8Array(await readFile(file)), file);
    console.log(args.includes("--blocks") ? withBlockTypes(doc) : withPageMarkers(doc));
    console.log(`--- meta ${JSON.stringify(doc.meta)}`);
    for (const warning of doc.warnings) console.log(`--- warning: ${warning}`);
  }
}
