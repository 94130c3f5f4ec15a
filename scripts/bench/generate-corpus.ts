/**
 * `--scale N`: write N varied copies of every document as .txt files (from the already-read texts,
 * so no PDF is parsed again), giving a corpus N times the size for benchmarks.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Authority } from "../../src/schemas/authority.ts";
import { subjectFinder, varyText } from "./vary-text.ts";

/** A document's path and normalised text. */
export interface TextDocument {
  path: string;
  text: string;
}

/** Write `copies` variants of each document into `outDir` (one folder per copy); returns the files written. */
export function generateCorpus(documents: readonly TextDocument[], authorities: readonly Authority[], copies: number, outDir: string): string[] {
  const findSubject = subjectFinder(authorities);
  const written: string[] = [];
  const seen = new Set<string>();
  for (let copy = 0; copy < copies; copy++) {
    const folder = join(outDir, `copy-${String(copy + 1).padStart(3, "0")}`);
    mkdirSync(folder, { recursive: true });
    for (const [i, document] of documents.entries()) {
      const subject = findSubject(document.text);
      // Each copy of a document names a different authority, never its real subject.
      const others = authorities.filter((a) => a !== subject);
      const target = others[(i * 7 + copy * 13) % others.length]!;
      let text = varyText(document.text, subject, { target, shiftDays: 7 * (copy + 1), seed: i * 1000 + copy });
      // A document with nothing to vary would repeat itself and be skipped as a duplicate: mark the copy.
      const hash = createHash("sha256").update(text).digest("hex");
      if (seen.has(hash)) text += `\n\nCopy ${copy + 1}.`;
      seen.add(hash);
      // Corpus folders repeat file names (one folder per authority): the document's number keeps them apart.
      const file = join(folder, `${String(i + 1).padStart(5, "0")}-${basename(document.path).replace(/\.[^.]+$/, "")}-${copy + 1}.txt`);
      writeFileSync(file, text);
      written.push(file);
    }
  }
  return written;
}
