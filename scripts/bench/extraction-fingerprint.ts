/**
 * One hash of everything extraction produces for a set of documents (every ExtractedDocument, whole, as JSON,
 * in order): a speed-up must leave it unchanged, byte for byte.
 */
import { createHash } from "node:crypto";
import { extractDocument, type ExtractionResources } from "../pipeline/extract-document.ts";
import type { ReadDocument } from "./read-corpus.ts";

/** The hash over all documents, with counts to show it covered what it should. */
export interface ExtractionFingerprint {
  sha256: string;
  documents: number;
  findings: number;
  failed: number;
}

/** Extract each document and hash the results (a document that throws hashes its error message instead). */
export function fingerprintExtraction(documents: readonly ReadDocument[], resources: ExtractionResources): ExtractionFingerprint {
  const hash = createHash("sha256");
  const fingerprint: ExtractionFingerprint = { sha256: "", documents: 0, findings: 0, failed: 0 };
  for (const { path, source } of documents) {
    // The same stand-in file hash as measure-stages.ts: ids depend on it, and it must not vary between runs.
    const sha256 = createHash("sha256").update(path).digest("hex");
    hash.update(path).update("\u0000");
    try {
      const extracted = extractDocument(source, { path, sha256 }, resources);
      hash.update(JSON.stringify(extracted));
      fingerprint.documents++;
      fingerprint.findings += extracted.findings.length;
    } catch (error) {
      hash.update(`error: ${error instanceof Error ? error.message : String(error)}`);
      fingerprint.failed++;
    }
    hash.update("\u0000");
  }
  fingerprint.sha256 = hash.digest("hex");
  return fingerprint;
}
