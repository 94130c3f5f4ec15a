/** Columns of /trajectories/outcomes.csv: one row per raised finding and authority followed. */
import type { CsvColumn } from "../open-data/to-csv.ts";
import type { FindingOutcome } from "../../schemas/trajectory.ts";

/** An outcome with the names and URL a spreadsheet reader needs. */
export interface OutcomeRow {
  outcome: FindingOutcome;
  authorityName: string;
  findingUrl: string;
}

export const OUTCOME_COLUMNS: CsvColumn<OutcomeRow>[] = [
  { header: "finding_id", value: (r) => r.outcome.findingId },
  { header: "finding_url", value: (r) => r.findingUrl },
  { header: "document_id", value: (r) => r.outcome.documentId },
  { header: "date", value: (r) => r.outcome.date },
  { header: "authority_code", value: (r) => r.outcome.authority },
  { header: "authority_name", value: (r) => r.authorityName },
  { header: "polarity", value: (r) => r.outcome.polarity },
  { header: "themes", value: (r) => r.outcome.themes },
  { header: "outcome", value: (r) => r.outcome.outcome },
  { header: "mixed_lean", value: (r) => r.outcome.mixedLean },
  { header: "not_revisited_because", value: (r) => r.outcome.notRevisitedBecause },
  { header: "decided_by_document_id", value: (r) => r.outcome.decidedBy?.documentId ?? null },
  { header: "decided_by_date", value: (r) => r.outcome.decidedBy?.date ?? null },
  { header: "next_strengths", value: (r) => r.outcome.decidedBy?.counts.strengths ?? null },
  { header: "next_areas_to_improve", value: (r) => r.outcome.decidedBy?.counts.improvements ?? null },
  { header: "next_recommendations", value: (r) => r.outcome.decidedBy?.counts.recommendations ?? null },
  { header: "reason", value: (r) => r.outcome.reason },
];
