/**
 * The inspection a document reports or discusses: its type, fieldwork dates, grades and (for a
 * JTAI) theme, read the way each kind of document states them.
 */
import type { ExtractedDocument, Grade } from "../../../src/schemas/document.ts";
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
/** How much of a news article's body counts as its opening lines. */
const LEAD_CHARS = 700;

/** An Ofsted letter's or report's type (named in its head, which may lie outside the body) and overall grade. */
function officialInspection(s: InspectionSources): { type: InspectionType | null; judgement: Grade | null } {
  const type = detectInspectionType(s.title, s.text.slice(0, 8000));
  // Focused visits, monitoring visits and JTAIs are not graded; ILACS, the SIF and the frameworks before it (type null) are.
  const graded = !UNGRADED.includes(type) && (type !== null || s.kind === "inspection-report");
  return { type, judgement: graded ? detectReportJudgement(s.text) : null };
}

/**
 * The inspection a news article reports, which its headline and opening lines name: a type named
 * there decides; else a grade reported there makes it a graded inspection (the framework the text
 * names, else the one in force), whatever earlier visits the article recalls; else the first type
 * the text names. A commentary's grades are its examples', so it reports none, nor a type unless it is about one authority.
 */
function reportedInspection(s: InspectionSources): { type: InspectionType | null; judgement: Grade | null } {
  // A commentary about no one authority (a national overview, an opinion) reports no one inspection.
  if (s.kind === "commentary" && !s.hasSubject) return { type: null, judgement: null };
  const lead = `${s.title}\n${s.bodyText.slice(0, LEAD_CHARS)}`;
  const named = detectInspectionType(s.title, s.bodyText.slice(0, LEAD_CHARS), true);
  const news = s.kind === "news";
  if (UNGRADED.includes(named)) return { type: named, judgement: null };
  if (named !== null) return { type: named, judgement: news ? detectReportedJudgement(`${s.title}\n${s.bodyText}`) : null };
  const ledGrade = news ? detectReportedJudgement(lead) : null;
  if (ledGrade !== null) return { type: gradedTypeNamed(s.bodyText) ?? frameworkInForce(s.published), judgement: ledGrade };
  // A news page may name the inspection only in a tag line after the article.
  const type = detectInspectionType("", s.bodyText) ?? (s.hasSubject ? detectInspectionType("", s.text) : null);
  const judgement = news && !UNGRADED.includes(type) ? detectReportedJudgement(`${s.title}\n${s.bodyText}`) : null;
  // A graded inspection an article reports without naming its framework is the one in force when it was published.
  return { type: type ?? (judgement !== null ? frameworkInForce(s.published) : null), judgement };
}

/** The graded framework (ILACS or SIF) a text names first, or null. */
function gradedTypeNamed(text: string): InspectionType | null {
  const ilacs = detectInspectionType("", text.replace(/\b(?:focused|monitoring) visits?\b|\bjoint targeted area inspections?\b|\bJTAIs?\b/gi, " "));
  return ilacs === "ilacs" || ilacs === "sif" ? ilacs : null;
}

/** The inspection fields, and the document's own date checked against its visit. */
export function describeInspection(s: InspectionSources): { inspection: ExtractedDocument["inspection"]; dated: string | null } {
  const official = s.kind === "inspection-letter" || s.kind === "inspection-report";
  const { type, judgement } = official ? officialInspection(s) : reportedInspection(s);
  const visits = official ? detectInspectionDates(s.text, s.dated ?? s.published) : [];
  const graded = !UNGRADED.includes(type) && (type !== null || s.kind === "inspection-report");
  const areas = areasOf(type, s.judgementAreas);
  const judgements = graded && official ? (readJudgementTable(s.text, areas) ?? detectJudgements(s.text, areas)) : [];
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
