/**
 * The written news fixtures (test/fixtures/pipeline/news-written): each article extracted the way the
 * build extracts a text file, beside the fields and leak strings expected of it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findLeaks } from "../../../scripts/eval/detect-leaks.ts";
import { extractDocument, type ExtractionResources } from "../../../scripts/pipeline/extract-document.ts";
import { readDocument } from "../../../scripts/readers/index.ts";
import type { ExtractedDocument } from "../../../src/schemas/document.ts";

/** The folder of the written articles and their expectations.json. */
export const NEWS_FIXTURES = join(import.meta.dirname, "../../fixtures/pipeline/news-written");

/** What a reader would record of one article. */
export interface ArticleExpectation {
  kind: ExtractedDocument["kind"];
  publisher: string | null;
  published: string | null;
  type: ExtractedDocument["inspection"]["type"];
  judgement: ExtractedDocument["inspection"]["judgement"];
  authorities: string[];
  leaks: string[];
  /** Sentences, by a fragment, whose finding must name exactly these authorities. */
  findingAuthorities?: { text: string; codes: string[] }[];
  /** Fields known to be wrong still, with the reason: their tests are expected to fail. */
  knownMisses?: Record<string, string>;
}

/** The expectations of every written article, by file name. */
export function readExpectations(): Record<string, ArticleExpectation> {
  return (JSON.parse(readFileSync(join(NEWS_FIXTURES, "expectations.json"), "utf8")) as { articles: Record<string, ArticleExpectation> }).articles;
}

/** Extracts one written article. */
export async function extractArticle(file: string, resources: ExtractionResources): Promise<ExtractedDocument> {
  const path = join(NEWS_FIXTURES, file);
  const bytes = readFileSync(path);
  const source = await readDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), path);
  return extractDocument(source, { path, sha256: "0".repeat(64) }, resources);
}

/** The fields compared, each as [name, predicted, expected] with lists sorted. */
export function compareArticle(doc: ExtractedDocument, want: ArticleExpectation): [string, unknown, unknown][] {
  const sorted = (codes: string[]): string[] => [...codes].sort();
  return [
    ["kind", doc.kind, want.kind],
    ["publisher", doc.publisher, want.publisher],
    ["published", doc.published, want.published],
    ["type", doc.inspection.type, want.type],
    ["judgement", doc.inspection.judgement, want.judgement],
    ["authorities", sorted(doc.authorities.map((a) => a.code)), sorted(want.authorities)],
  ];
}

/** Findings that are page furniture (a leak string of the article), as "finding ← leak". */
export function leakedFindings(doc: ExtractedDocument, want: ArticleExpectation): string[] {
  return findLeaks(doc.findings.map((f) => f.text), want.leaks).map((l) => `${l.text} ← ${l.leak}`);
}

/** Finding-level authority mismatches: the fragment, the codes found, the codes wanted. */
export function findingAuthorityMisses(doc: ExtractedDocument, want: ArticleExpectation): string[] {
  const misses: string[] = [];
  for (const { text, codes } of want.findingAuthorities ?? []) {
    const finding = doc.findings.find((f) => f.text.includes(text));
    const got = finding ? [...finding.authorities].sort().join(",") : "(no finding)";
    if (got !== [...codes].sort().join(",")) misses.push(`${text}: ${got} ≠ ${[...codes].sort().join(",")}`);
  }
  return misses;
}
