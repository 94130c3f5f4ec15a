/** Read every document of a corpus once, timing the readers: the input of the stage and scale benchmarks. */
import { readFileSync } from "node:fs";
import { listInputs } from "../extract/list-inputs.ts";
import { readDocument, readerFor } from "../readers/index.ts";
import type { SourceDocument } from "../readers/source-document.ts";

/** A document as its reader returned it. */
export interface ReadDocument {
  path: string;
  source: SourceDocument;
}

/** What reading a corpus measured. */
export interface CorpusReading {
  documents: ReadDocument[];
  /** Inputs that could not be read. */
  failed: number;
  pdfPages: number;
  /** Seconds spent inside the PDF reader only. */
  pdfSeconds: number;
  /** UTF-8 bytes of all the documents' normalised text. */
  textBytes: number;
}

/** Read the documents under `paths` (files no reader handles are left out), one at a time on this thread. */
export async function readCorpus(paths: readonly string[], onRead?: (done: number, total: number) => void): Promise<CorpusReading> {
  const inputs = listInputs([...paths]).filter((input) => !("error" in input) && readerFor(input.path));
  const reading: CorpusReading = { documents: [], failed: 0, pdfPages: 0, pdfSeconds: 0, textBytes: 0 };
  for (const [i, { path }] of inputs.entries()) {
    const bytes = new Uint8Array(readFileSync(path));
    const started = performance.now();
    try {
      const source = await readDocument(bytes, path);
      if (source.format === "pdf") {
        reading.pdfSeconds += (performance.now() - started) / 1000;
        reading.pdfPages += source.pages.length;
      }
      reading.textBytes += Buffer.byteLength(source.text);
      reading.documents.push({ path, source });
    } catch {
      reading.failed++;
    }
    onRead?.(i + 1, inputs.length);
  }
  return reading;
}
