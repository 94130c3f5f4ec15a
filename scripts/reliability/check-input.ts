/**
 * One fuzz input through the reader and the pipeline, checked for what must hold whatever the input:
 * a clean ReaderError or a schema-valid document whose offsets lie inside its text.
 */
import { DocumentSchema } from "../../src/schemas/document.ts";
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import { extractDocument } from "../pipeline/extract-document.ts";
import type { ExtractionResources } from "../pipeline/extract-document.ts";
import { readDocument } from "../readers/index.ts";
import { ReaderError } from "../readers/source-document.ts";
import { createHash } from "node:crypto";

/** What became of one input. */
export interface InputVerdict {
  /** "document", "refused" (a clean ReaderError) or "failed" (anything else: a crash or a broken invariant). */
  outcome: "document" | "refused" | "failed";
  /** Milliseconds spent reading and extracting: CPU time of this thread where Node can tell (immune to a busy machine), else wall time. */
  ms: number;
  /** The ReaderError's message, or what went wrong. */
  message?: string;
  /** Invariants the document breaks. */
  problems: string[];
}

/** Read and extract `bytes` as if they were the file `path`; never throws. */
export async function checkInput(bytes: Uint8Array, path: string, resources: ExtractionResources): Promise<InputVerdict> {
  const started = now();
  let document: ExtractedDocument;
  try {
    const source = await readDocument(bytes, path);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    document = extractDocument(source, { path, sha256 }, resources);
  } catch (error) {
    const ms = now() - started;
    if (error instanceof ReaderError) return { outcome: "refused", ms, message: error.message, problems: [] };
    return { outcome: "failed", ms, message: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error), problems: [] };
  }
  const ms = now() - started;
  const problems = documentProblems(document);
  return problems.length > 0 ? { outcome: "failed", ms, message: problems.join("; "), problems } : { outcome: "document", ms, problems };
}

// Thread CPU time (Node 23.9+), so that other processes on a small machine do not make an input look slow.
function now(): number {
  const usage = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : performance.now();
}

/** Everything wrong with an extracted document: schema errors, offsets outside the text, findings that misquote it. */
export function documentProblems(document: ExtractedDocument): string[] {
  const parsed = DocumentSchema.safeParse(document);
  if (!parsed.success) return parsed.error.issues.slice(0, 5).map((i) => `schema: ${i.path.join(".")}: ${i.message}`);
  const problems: string[] = [];
  const length = document.text.length;
  const inside = (what: string, start: number, end: number): void => {
    if (!(start >= 0 && start <= end && end <= length)) problems.push(`${what} [${start}, ${end}) outside the text (length ${length})`);
  };
  for (const [i, block] of document.blocks.entries()) inside(`block ${i}`, block.start, block.end);
  const ids = new Set<string>();
  for (const finding of document.findings) {
    inside(`finding ${finding.id}`, finding.start, finding.end);
    if (ids.has(finding.id)) problems.push(`finding id ${finding.id} used twice`);
    ids.add(finding.id);
    // The finding quotes its span, white space folded.
    const span = document.text.slice(finding.start, finding.end).replace(/\s+/g, " ");
    if (span !== finding.text) problems.push(`finding ${finding.id} does not quote text[${finding.start}, ${finding.end})`);
    if (finding.text.trim() === "") problems.push(`finding ${finding.id} is blank`);
  }
  return problems;
}
