/** The extractor's version: a hash of every source and content file that can change a document's extraction. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (two folders above this file). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Files and folders, relative to the project root, whose content decides what extraction produces. */
export const EXTRACTOR_INPUTS: readonly string[] = [
  "scripts/pipeline",
  "scripts/readers",
  "scripts/nlp",
  "scripts/themes",
  "scripts/authorities",
  "scripts/extract/extract-file.ts",
  "scripts/extract/load-resources.ts",
  // The cache holds documents as the extraction file does: its format is part of what a hit gives.
  "scripts/extract/extract-cache.ts",
  "scripts/extract/corpus-document.ts",
  "scripts/extract/write-extraction-json.ts",
  "content/themes",
  "content/taxonomy.json",
  "content/publishers.json",
  // The learned polarity model: a new model changes every label.
  "content/model",
  "content/authorities",
  "src/schemas",
  // Library versions (pdf.js, compromise) change extraction too.
  "package-lock.json",
];

/** A short hex hash of the files in `inputs` (paths and bytes, in sorted order); missing entries are skipped. */
export function extractorVersion(root: string = PROJECT_ROOT, inputs: readonly string[] = EXTRACTOR_INPUTS): string {
  const hash = createHash("sha256");
  const files = inputs.flatMap((input) => filesUnder(resolve(root, input))).sort();
  for (const file of files) {
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => !name.startsWith("."))
    .flatMap((name) => filesUnder(join(path, name)));
}
