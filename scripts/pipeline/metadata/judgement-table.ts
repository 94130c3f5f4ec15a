/**
 * The judgement table of an ILACS report ("Judgement | Grade" … "Overall effectiveness | Good"),
 * read whole. PDF text breaks its rows across cells ("… children in care and care | Requires
 * improvement leavers | to be good"), so areas and grades are read apart and paired in order:
 * each row holds one area and one grade.
 */
import type { Grade } from "../../../src/schemas/document.ts";
import { normaliseGrade } from "./detect-judgement.ts";

const TABLE_START = /\bjudgement\s*\|\s*grade\b/i;
const TABLE_END = /\boverall effectiveness\s*\|?\s*(?:outstanding|good|requires? improvement(?: to be good)?|inadequate)\b/i;
// A grade, but not the "(to) be good" that ends "requires improvement to be good" in another cell.
const GRADE_TOKEN = /\b(?:outstanding|requires? improvement|inadequate|(?<!\bbe )good)\b/gi;
const GRADE_TAIL = /\b(?:to )?be good\b|\bto\b/gi;

/** The table's rows as area and grade (overall effectiveness included), or null when there is no table or it cannot be paired. */
export function readJudgementTable(text: string, areas: readonly string[]): { area: string; grade: Grade }[] | null {
  const head = text.slice(0, 8000).replace(/\s+/g, " ");
  const start = TABLE_START.exec(head);
  if (!start) return null;
  const rest = head.slice(start.index + start[0].length);
  const end = TABLE_END.exec(rest);
  if (!end) return null;
  const table = rest.slice(0, end.index + end[0].length);
  const grades = [...table.matchAll(GRADE_TOKEN)].map((m) => normaliseGrade(m[0]));
  const words = table.replace(GRADE_TAIL, " ").replace(GRADE_TOKEN, " ").replace(/\|/g, " ").replace(/\s+/g, " ").toLowerCase();
  const found: { area: string; at: number; end: number }[] = [];
  // Longest first, so "children in care and care leavers" is not read as "children in care".
  for (const area of [...areas].sort((a, b) => b.length - a.length)) {
    const at = words.indexOf(area.replace(/^the /, ""));
    const end = at + area.replace(/^the /, "").length;
    if (at >= 0 && !found.some((f) => at < f.end && f.at < end)) found.push({ area, at, end });
  }
  found.sort((a, b) => a.at - b.at);
  if (found.length === 0 || found.length !== grades.length || grades.some((g) => g === null)) return null;
  return found.map((f, i) => ({ area: f.area, grade: grades[i]! }));
}
