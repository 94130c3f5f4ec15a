import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { SourceDocument } from "../../scripts/readers/source-document.ts";

/** Root of the readers' golden fixtures: one folder per case, holding an input and the expected outputs. */
export const FIXTURES = join(import.meta.dirname, "../fixtures/readers");

/** The case folders of one reader's fixtures, sorted. */
export function fixtureCases(reader: string): string[] {
  return readdirSync(join(FIXTURES, reader), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Compares output with the expected file; UPDATE=1 rewrites the file instead, for the diff to be reviewed. */
export function expectGolden(path: string, actual: string): void {
  if (process.env["UPDATE"] === "1" || !existsSync(path)) {
    writeFileSync(path, actual);
    if (process.env["UPDATE"] !== "1") throw new Error(`${path} did not exist; it was written: review it and run again`);
    return;
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

/** One line a block: type, depth and the text it covers, so a diff shows structure changes. */
export function renderBlocks(document: SourceDocument): string {
  return document.blocks.map((block) => `${block.type}${block.depth ? ` ${block.depth}` : ""} | ${document.text.slice(block.start, block.end)}\n`).join("");
}
