import type { ExtractedDocument } from "../../src/schemas/document.ts";
import type { Finding } from "../../src/schemas/finding.ts";

/** A finding with only the fields a test cares about set; the rest take neutral values. */
export function makeFinding(fields: Partial<Finding> & Pick<Finding, "text">): Finding {
  return {
    id: "f-000000000000",
    polarity: "context",
    confidence: 1,
    cues: [],
    themes: [],
    authorities: [],
    goodPractice: false,
    section: null,
    page: null,
    start: 0,
    end: fields.text.length,
    ...fields,
  };
}

/** An extracted document with only the fields a test cares about set; the rest take neutral values. */
export function makeDocument(fields: Partial<ExtractedDocument> & Pick<ExtractedDocument, "source">): ExtractedDocument {
  return {
    id: "test-document",
    sha256: "0".repeat(64),
    kind: "inspection-report",
    title: "",
    publisher: "Ofsted",
    published: null,
    inspection: { type: null, dates: [], judgement: null, judgements: [] },
    authorities: [],
    findings: [],
    warnings: [],
    format: "pdf",
    pages: null,
    text: "",
    blocks: [],
    ...fields,
  };
}
