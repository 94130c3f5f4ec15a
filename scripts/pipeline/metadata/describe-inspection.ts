/**
 * The inspection a document reports or discusses: its type, fieldwork dates, grades and (for a
 * JTAI) theme, read the way each kind of document states them.
 */
import type { ExtractedDocument } from "../../../src/schemas/document.ts";
import { detectInspectionDates, detectInspectionType, type InspectionType } from "./detect-inspection.ts";
import { detectJudgements, detectReportedJudgement, detectReportJudgement } from "./detect-judgement.ts";
import { detectJtaiTheme } from "./jtai-theme.ts";
import { readJudgementTable } from "./judgement-table.ts";
import { letterDateAfterVisit } from "./publication-date.ts";

/** What the inspection is read from. */
export interface InspectionSources {
  kind: ExtractedDocument["kind"];
  title: string;
  /** The whole text, and the body's blocks (headings, paragraphs, lead-ins) joined. */
  text: string;
  bodyText: string;
  /** Whether the document has a subject authority. */
  hasSubject: boolean;
  published: string | null;
  /** The date the document bears, if any. */
  dated: string | null;
  judgementAreas: string[];
}

const UNGRADED: readonly (InspectionType | null)[] = ["focused-visit", "monitoring-visit", "jtai"];

/** The inspection fields, and the document's own date checked against its visit. */
export function describeInspection(s: InspectionSources): { inspection: ExtractedDocument["inspection"]; dated: string | null } {
  const official = s.kind === "inspection-letter" || s.kind === "inspection-report";
  // Ofsted's documents name their framework in the head, which may lie outside the body (cover, judgement table);
  // a news page may name it only in a tag line after the article.
  let type = official
    ? detectInspectionType(s.title, s.text.slice(0, 8000))
    : (detectInspectionType(s.title, s.bodyText) ?? (s.hasSubject ? detectInspectionType("", s.text) : null));
  const visits = official ? detectInspectionDates(s.text, s.dated ?? s.published) : [];
  // Focused visits, monitoring visits and JTAIs are not graded; ILACS, the SIF and the frameworks before it (type null) are.
  const graded = !UNGRADED.includes(type) && (type !== null || s.kind === "inspection-report");
  const areas = areasOf(type, s.judgementAreas);
  const judgements = graded && official ? (readJudgementTable(s.text, areas) ?? detectJudgements(s.text, areas)) : [];
  // A news article reports the grade of the inspection it is about; a commentary's grades are its examples'.
  const judgement = official ? (graded ? detectReportJudgement(s.text) : null) : s.kind === "news" && !UNGRADED.includes(type) ? detectReportedJudgement(`${s.title}\n${s.bodyText}`) : null;
  // A graded inspection a news article reports without naming its framework is the one in force when it was published.
  if (type === null && judgement !== null && s.kind === "news") type = frameworkInForce(s.published);
  return {
    dated: letterDateAfterVisit(s.dated, visits),
    inspection: {
      type,
      dates: visits,
      judgement,
      judgements: judgements.filter((j) => !/^overall /.test(j.area)),
      ...(type === "jtai" ? { theme: detectJtaiTheme(s.title, s.text) } : {}),
    },
  };
}

// ILACS grades "the impact of leaders…" and "the experiences and progress of…"; the SIF and the frameworks before it grade other areas.
const ILACS_AREA = /^(?:the impact of leaders|the experiences and progress of|overall effectiveness)/;

/** The judgement areas of a framework's reports. */
function areasOf(type: InspectionType | null, areas: readonly string[]): string[] {
  return areas.filter((a) => (type === "ilacs") === ILACS_AREA.test(a) || a === "overall effectiveness");
}

/** The graded framework of a date: the SIF from November 2013, ILACS from 2018 (and for an undated article, today's). */
function frameworkInForce(published: string | null): InspectionType | null {
  if (published === null || published >= "2018-01-01") return "ilacs";
  return published >= "2013-11-01" ? "sif" : null;
}
