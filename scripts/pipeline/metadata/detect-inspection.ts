/** The inspection a document reports or discusses: its type, fieldwork dates and grades. */
import type { Grade } from "../../../src/schemas/document.ts";
import { parseDateExpression } from "./find-dates.ts";

type InspectionType = "focused-visit" | "ilacs" | "jtai" | "monitoring-visit" | "sif";

const TYPE_PATTERNS: [InspectionType, RegExp][] = [
  ["jtai", /\bjoint targeted area inspection\b|\bJTAI\b/i],
  ["monitoring-visit", /\bmonitoring visit\b/i],
  ["focused-visit", /\bfocused (?:visit|inspection)\b/i],
  // Pre-2018 graded frameworks: the single inspection framework and the 2009-2013 inspections of safeguarding and looked after children services.
  ["sif", /\bsingle inspection framework\b|\binspection of (?:safeguarding and )?looked after children(?:'s)? services\b|\binspection of safeguarding (?:and looked after children )?services\b|\binspection of services for children in need of help and protection,? children looked after and care leavers\b|\breview of the effectiveness of the local safeguarding children board\b/i],
  ["ilacs", /\binspection of [\w\s,'’&-]{3,80}? children['’]s services\b|\bILACS\b|\binspection of local authority children['’]s services\b|\binspection of children['’]s social care services\b/i],
];

/** The inspection type: the title decides first, then the earliest telling phrase of the text. */
export function detectInspectionType(title: string, text: string): InspectionType | null {
  for (const [type, pattern] of TYPE_PATTERNS) if (pattern.test(title)) return type;
  let best: { type: InspectionType; at: number } | null = null;
  for (const [type, pattern] of TYPE_PATTERNS) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.at)) best = { type, at: m.index };
  }
  return best?.type ?? null;
}

const DATES_LEAD =
  /\b(?:inspection dates?|dates? of (?:the )?(?:inspection|visit)|(?:visit|inspection|inspected|fieldwork)[^.\n]{0,120}?\b(?:on|between|from|during))\s*:?\s*/gi;

/** Fieldwork dates: the date expression after "Inspection dates:" or "the focused visit … on …". */
export function detectInspectionDates(text: string): string[] {
  const head = text.slice(0, 6000);
  for (const m of head.matchAll(DATES_LEAD)) {
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const dates = parseDateExpression(after.split(/[.\n]/)[0] ?? "");
    if (dates.length > 0) return dates;
  }
  return [];
}

const GRADE = "(outstanding|good|requires? improvement(?: to be good)?|requiring improvement(?: to be good)?|inadequate|adequate)";

/** Normalise the ways a grade is written to the scale's words. */
export function normaliseGrade(text: string): Grade | null {
  const t = text.toLowerCase();
  if (t.startsWith("outstanding")) return "outstanding";
  if (t.startsWith("good")) return "good";
  if (t.startsWith("inadequate")) return "inadequate";
  // "Adequate" was the third grade until 2013, when "requires improvement" replaced it.
  if (/^requir/.test(t) || t.startsWith("adequate")) return "requires improvement to be good";
  return null;
}

/** Area judgements of a graded report: the judgement table's rows and the graded section headings. */
export function detectJudgements(text: string, areas: string[]): { area: string; grade: Grade }[] {
  const head = text.slice(0, 8000).replace(/\s+/g, " ");
  const found: { area: string; grade: Grade; start: number; end: number }[] = [];
  // Longest areas first, so "children in care and care leavers" is not also read as "children in care".
  for (const area of [...areas].sort((a, b) => b.length - a.length)) {
    const words = area.replace(/^the /, "").split(" ").map(escape).join("\\s+");
    const m = new RegExp(`${words}[^.]{0,40}?(?:\\||:|\\bis\\b|\\bwas\\b|\\s)\\s*${GRADE}\\b`, "i").exec(head);
    const grade = m ? normaliseGrade(m[1]!) : null;
    if (!m || !grade) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && f.start < end)) continue;
    found.push({ area, grade, start, end });
  }
  return found.sort((a, b) => a.start - b.start).map(({ area, grade }) => ({ area, grade }));
}

/** The overall grade: the "Overall effectiveness" row, or a news report's "rated/judged X". */
export function detectOverallJudgement(text: string, judgements: { area: string; grade: Grade }[]): Grade | null {
  const overall = judgements.find((j) => j.area === "overall effectiveness");
  if (overall) return overall.grade;
  const rated = new RegExp(`\\b(?:rated|judged|graded)(?: as| to be)? ${GRADE}\\b(?! (?:in|at) (?:its|the) (?:last|previous))`, "i").exec(text);
  return rated ? normaliseGrade(rated[1]!) : null;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]");
}
