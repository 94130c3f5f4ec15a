import type { ExtractedDocument, Polarity } from "../schemas/index.ts";

/** Words for each polarity, as a reader sees them (colour is never the only carrier). */
export const POLARITY_LABEL: Record<Polarity, string> = {
  strength: "Strength",
  improvement: "Area to improve",
  recommendation: "Recommendation",
  context: "Context",
};

/** Plural headings for groups of findings by polarity. */
export const POLARITY_PLURAL: Record<Polarity, string> = {
  strength: "Strengths",
  improvement: "Areas to improve",
  recommendation: "Recommendations",
  context: "Context",
};

/** The polarities that carry a judgement, in the order pages show them. */
export const JUDGED_POLARITIES = ["strength", "improvement", "recommendation"] as const satisfies readonly Polarity[];

/** Words for each kind of document. */
export const KIND_LABEL: Record<ExtractedDocument["kind"], string> = {
  "inspection-letter": "Inspection letter",
  "inspection-report": "Inspection report",
  news: "News",
  commentary: "Commentary",
};

type InspectionType = NonNullable<ExtractedDocument["inspection"]["type"]>;

/** Words for each inspection type. */
export const INSPECTION_LABEL: Record<InspectionType, string> = {
  "focused-visit": "Focused visit",
  ilacs: "ILACS inspection",
  jtai: "Joint targeted area inspection",
  "monitoring-visit": "Monitoring visit",
  sif: "Single inspection framework",
};

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** "2024-02-27" → "27 February 2024", without locale data so output never depends on the machine. */
export function formatDate(iso: string | null): string {
  if (iso === null) return "Undated";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** Year of an ISO date, or null. */
export function yearOf(iso: string | null): string | null {
  return iso === null ? null : iso.slice(0, 4);
}

/** "12 findings" / "1 finding". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

/** A URL fragment for a heading's words ("South East" → "south-east"). */
export function toAnchor(words: string): string {
  return words.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** "requires improvement to be good" → "Requires improvement to be good". */
export function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
