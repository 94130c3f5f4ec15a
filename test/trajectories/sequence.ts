/** Small hand-made extractions for trajectory and curation tests: documents as dated lists of labelled findings. */
import type { Authority, ExtractedDocument, Extraction, Finding, Polarity } from "../../src/schemas/index.ts";

/** A finding as a test writes it: polarity, themes, and optionally the authorities (default: the document's). */
export interface FindingSpec {
  polarity: Polarity;
  themes?: string[];
  authorities?: string[];
  text?: string;
}

/** A document as a test writes it. */
export interface DocumentSpec {
  id: string;
  published: string | null;
  authority: string;
  inspectionDates?: string[];
  type?: ExtractedDocument["inspection"]["type"];
  findings: FindingSpec[];
}

let counter = 0;

/** A valid finding id ("f-" and 12 hex digits), unique within the test run. */
export function nextFindingId(): string {
  counter += 1;
  return `f-${counter.toString(16).padStart(12, "0")}`;
}

/** A schema-valid extraction from document specs. */
export function makeExtraction(documents: DocumentSpec[]): Extraction {
  return { documents: documents.map(makeDocument), errors: [] };
}

function makeDocument(spec: DocumentSpec): ExtractedDocument {
  let offset = 0;
  const findings = spec.findings.map((f, i): Finding => {
    const text = f.text ?? `Finding ${i + 1} of ${spec.id}: ${f.polarity} on ${(f.themes ?? []).join(", ") || "nothing"}.`;
    const start = offset;
    offset += text.length + 1;
    return {
      id: nextFindingId(),
      text,
      polarity: f.polarity,
      confidence: 0.8,
      cues: [],
      themes: f.themes ?? [],
      authorities: f.authorities ?? [spec.authority],
      goodPractice: false,
      section: null,
      page: null,
      start,
      end: start + text.length,
    };
  });
  return {
    id: spec.id,
    source: `/corpus/${spec.id}.txt`,
    sha256: "0".repeat(64),
    kind: "inspection-letter",
    title: `Letter ${spec.id}`,
    publisher: "Ofsted",
    published: spec.published,
    inspection: { type: spec.type === undefined ? "focused-visit" : spec.type, dates: spec.inspectionDates ?? [], judgement: null, judgements: [] },
    authorities: [{ code: spec.authority, name: spec.authority }],
    findings,
    warnings: [],
    format: "text",
    pages: null,
    text: findings.map((f) => f.text).join("\n"),
    blocks: [],
  };
}

/** Two authorities of the register, in different regions. */
export const KENT = "E10000016";
export const CROYDON = "E09000008";

export const authorities: Authority[] = [
  { code: KENT, name: "Kent", slug: "kent", dfeCode: "886", aliases: [], region: "South East", type: "County", statisticalNeighbours: [], population: null, website: null },
  { code: CROYDON, name: "Croydon", slug: "croydon", dfeCode: "306", aliases: [], region: "London", type: "London Borough", statisticalNeighbours: [], population: null, website: null },
];

/** The first finding of a document with the given polarity. */
export function findingOf(extraction: Extraction, documentId: string, polarity: Polarity, nth = 0): Finding {
  const finding = extraction.documents.find((d) => d.id === documentId)?.findings.filter((f) => f.polarity === polarity)[nth];
  if (!finding) throw new Error(`No ${polarity} #${nth} in ${documentId}`);
  return finding;
}
