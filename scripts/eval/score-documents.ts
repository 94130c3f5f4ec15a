import type { ExtractedDocument } from "../../src/schemas/document.ts";
import type { GoldDocumentFields } from "./load-gold.ts";
import { foldText } from "./fold-words.ts";
import { sameSet } from "./score-labels.ts";

/** The document fields scored, in table order. */
export const DOCUMENT_FIELDS = [
  "kind",
  "publisher",
  "published",
  "inspection.type",
  "inspection.dates",
  "inspection.judgement",
  "authorities",
] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** One field of one document: right or wrong, with both values shown as text. */
export interface FieldComparison {
  field: DocumentField;
  right: boolean;
  predicted: string;
  gold: string;
}

/** The predicted fields a comparison needs (so hand-made test inputs stay small). */
export type PredictedDocumentFields = Pick<ExtractedDocument, "kind" | "publisher" | "published" | "authorities"> & {
  inspection: Pick<ExtractedDocument["inspection"], "type" | "dates" | "judgement">;
};

/** Shows a value in a table: null as "null", lists sorted and comma-separated. */
function show(value: string | null | readonly string[]): string {
  if (value === null) return "null";
  if (typeof value === "string") return value;
  return `[${[...value].sort().join(", ")}]`;
}

/** Compares two optional strings with case, quotes, dashes and spacing folded (publisher names vary in those only). */
function sameFolded(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : foldText(a) === foldText(b);
}

/** Compares two values exactly (null equals only null). */
function same(a: string | null, b: string | null): boolean {
  return a === b;
}

/** Compares each scored document field of a prediction with gold. */
export function compareDocumentFields(predicted: PredictedDocumentFields, gold: GoldDocumentFields): FieldComparison[] {
  const predictedCodes = predicted.authorities.map((a) => a.code);
  const goldCodes = gold.authorities.map((a) => a.code);
  const rows: [DocumentField, boolean, string | null | readonly string[], string | null | readonly string[]][] = [
    ["kind", same(predicted.kind, gold.kind), predicted.kind, gold.kind],
    ["publisher", sameFolded(predicted.publisher, gold.publisher), predicted.publisher, gold.publisher],
    ["published", same(predicted.published, gold.published), predicted.published, gold.published],
    ["inspection.type", same(predicted.inspection.type, gold.inspection.type), predicted.inspection.type, gold.inspection.type],
    [
      "inspection.dates",
      sameSet(predicted.inspection.dates, gold.inspection.dates),
      predicted.inspection.dates,
      gold.inspection.dates,
    ],
    [
      "inspection.judgement",
      same(predicted.inspection.judgement, gold.inspection.judgement),
      predicted.inspection.judgement,
      gold.inspection.judgement,
    ],
    ["authorities", sameSet(predictedCodes, goldCodes), predictedCodes, goldCodes],
  ];
  return rows.map(([field, right, p, g]) => ({ field, right, predicted: show(p), gold: show(g) }));
}
