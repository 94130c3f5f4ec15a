/**
 * The grades of a graded inspection (ILACS, SIF and the frameworks before them): the overall
 * judgement a report states, its area judgements, and the grade a news article reports.
 */
import type { Grade } from "../../../src/schemas/document.ts";

/** A grade as reports and news write it; "adequate" was the third grade until 2013. */
const GRADE = "(outstanding|good|requires? improvement(?: to be good)?|requiring improvement(?: to be good)?|inadequate|adequate)";
const QUOTE = "[\"'‘’“”]?";

/** Normalise the ways a grade is written to the scale's words. */
export function normaliseGrade(text: string): Grade | null {
  const t = text.toLowerCase();
  if (t.startsWith("outstanding")) return "outstanding";
  if (t.startsWith("good")) return "good";
  if (t.startsWith("inadequate")) return "inadequate";
  if (/^requir/.test(t) || t.startsWith("adequate")) return "requires improvement to be good";
  return null;
}

/** Area judgements of a graded report: the judgement table's rows and the graded section headings. */
export function detectJudgements(text: string, areas: string[]): { area: string; grade: Grade }[] {
  // A SIF row whose grade the PDF split around it: "Requires 2. Children looked after and achieving permanence | improvement",
  // "Requires improvement to 1. Children who need help and protection | be good".
  const head = text
    .slice(0, 8000)
    .replace(/\s+/g, " ")
    .replace(/\bRequires(?:\s+improvement(?:\s+to)?)?\s+(\d+(?:\.\d+)?\.?\s+[^|]{3,90}?)\s*\|\s*(?:improvement(?:\s+to\s+be\s+good)?|(?:to\s+)?be\s+good)\b/gi, "$1 | Requires improvement");
  const found: { area: string; grade: Grade; start: number; end: number }[] = [];
  // Longest areas first, so "children in care and care leavers" is not also read as "children in care".
  for (const area of [...areas].sort((a, b) => b.length - a.length)) {
    // A table row may wrap its area over a cell break ("achieving | permanence | Requires improvement").
    const words = area.replace(/^the /, "").split(" ").map(escape).join("[\\s|]+");
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

// How each framework states the overall grade, in the order they are trusted:
const REPORT_OVERALL: RegExp[] = [
  // ILACS: the judgement table's last row, "Overall effectiveness | Requires improvement to be good".
  new RegExp(`\\boverall effectiveness\\s*\\|\\s*${GRADE}`, "i"),
  // SIF: "The overall judgement is that children's services are inadequate", "The overall judgement is good".
  new RegExp(`\\bthe overall judgement is (?:that )?(?:[\\w’'\\s]{0,60}?\\b(?:(?:are|is)\\s+|(?=requir)))?${GRADE}`, "i"),
  // SIF from 2015: "Children's services in Birmingham are inadequate", "… require improvement to be good".
  // (A background sentence, "children's services in X were judged to require improvement in 2015", is not one.)
  new RegExp(`\\bchildren['’]s services in (?:(?!\\b(?:was|were|judged|rated|last|previous)\\b)[^.|\\n]){2,80}?\\b(?:(?:are|is)\\s+|(?=requir))${GRADE}`, "i"),
  // 2009-2013: "The judgement for overall effectiveness is inadequate", "Overall effectiveness … Grade 4 (Inadequate)".
  new RegExp(`\\bjudgement for overall effectiveness is\\s+${GRADE}`, "i"),
  new RegExp(`\\boverall effectiveness[^.|]{0,100}?grade \\d \\(${GRADE}\\)`, "i"),
  // A separate review of a local safeguarding children board: "The Local Safeguarding Children Board requires improvement".
  new RegExp(`\\bthe local safeguarding children board (?:is\\s+|(?=requir))${GRADE}`, "i"),
];

/** The overall grade a graded report states, or null when it states none. */
export function detectReportJudgement(text: string): Grade | null {
  const head = text.slice(0, 12000).replace(/\s+/g, " ");
  for (const pattern of REPORT_OVERALL) {
    const m = pattern.exec(head);
    if (m) return normaliseGrade(m[1]!);
  }
  return null;
}

// A change of grade names the new one last: "moved from inadequate to requires improvement", "out of inadequate after Ofsted judged them to be good".
const CHANGE = new RegExp(`\\b(?:from|out of)\\s+${QUOTE}${GRADE}${QUOTE}\\s+(?:[\\w'’]+\\s+){0,6}?to\\s+(?:be\\s+)?${QUOTE}${GRADE}`, "i");
// The grade a news article reports: "rated 'outstanding'", "rated the council as good", "judged … to be inadequate",
// "a 'requires improvement' rating", "children's services … are good", "services 'require improvement'",
// "Children's services in Bradford 'inadequate'", "improved to good".
const REPORTED = new RegExp(
  [
    // "… is now judged to require improvement to be good": a grade said as a verb.
    `\\b(?:rated|rates|judged|judges|graded|deemed|found to be|assessed as|upgraded to|downgraded to|now)\\s+(?:as\\s+|to be\\s+|be\\s+|to\\s+(?=requir))?${QUOTE}${GRADE}`,
    `\\b(?:rated|judged|graded|deemed|found)\\s+(?:[\\w'’-]+\\s+){1,8}?(?:as|to be)\\s+${QUOTE}${GRADE}`,
    `\\b(?:rated|rates|judged|judges|graded)\\s+(?:[A-Z][\\w'’-]*\\s+){1,5}(?:overall\\s+)?${QUOTE}${GRADE}`,
    `\\ban?\\s+(?:overall\\s+)?${QUOTE}${GRADE}${QUOTE}\\s+(?:Ofsted\\s+)?(?:rating|judgement|grade|verdict)`,
    // A headline's quoted grade: "'Inadequate' Ofsted rating for city's children's services".
    `["'‘“]${GRADE}["'’”]\\s+(?:Ofsted\\s+)?(?:rating|judgement|grade|verdict)`,
    // A grade kept: "retains its outstanding rating", "have kept their 'good' grade".
    `\\b(?:retain(?:s|ed)?|kept|keeps?|maintain(?:s|ed)?|holds?|held)\\s+(?:its|their)\\s+${QUOTE}${GRADE}${QUOTE}\\s+(?:Ofsted\\s+)?(?:rating|judgement|grade|status)`,
    // A move named by its verb first: "upgraded Slough's children's services to good".
    `\\b(?:upgraded|downgraded|raised|lifted|promoted)\\s+(?:[\\w'’-]+\\s+){1,6}?to\\s+${QUOTE}${GRADE}`,
    `\\b(?:rating|judgement|grade|verdict) of\\s+${QUOTE}${GRADE}`,
    `\\b(?:children['’]s services|services for children|council|authority|trust)\\b[^.]{0,60}?(?:\\b(?:are|is|remain|remains|have been|has been|were|was)\\s+(?:rated\\s+|judged\\s+)?${QUOTE}|\\s${QUOTE}(?=requir)|\\s["'‘’“](?=${GRADE}["'’”]))${GRADE}`,
    // A move to a new grade: "improved to good", "moves up to requires improvement", "lifted to outstanding".
    `\\b(?:improv(?:ed|es|ing)|mov(?:ed|es|ing)|lift(?:ed|s)|r(?:ose|ises|isen)|climb(?:ed|s)|jump(?:ed|s)|fell|falls|dropp(?:ed)|slipp(?:ed))\\s+(?:up\\s+|down\\s+|back\\s+)?to\\s+${QUOTE}${GRADE}`,
  ].join("|"),
  "gi",
);
// A grade of an earlier inspection, which an article gives as background.
const EARLIER = /\b(?:previous(?:ly)?|last|earlier|former(?:ly)?|in 20\d\d|had been|since|out of|from|ago)\b/i;

/**
 * The grade a news article reports for the inspection it is about: the first it states, the new grade of a change or
 * a current one (a round-up's headline grade comes before the one council it then says "improved from inadequate to good").
 */
export function detectReportedJudgement(text: string): Grade | null {
  const head = text.slice(0, 6000);
  const change = CHANGE.exec(head);
  const reported = firstReported(head, change?.index ?? head.length);
  if (reported) return reported;
  return change ? normaliseGrade(change[2]!) : null;
}

/** The first grade stated as this inspection's before `limit`, skipping earlier inspections' and grades left behind. */
function firstReported(head: string, limit: number): Grade | null {
  for (const m of head.matchAll(REPORTED)) {
    if (m.index >= limit) break;
    const grade = m.slice(1).find((g) => g !== undefined);
    const sentenceStart = Math.max(head.lastIndexOf(". ", m.index), head.lastIndexOf("\n", m.index)) + 1;
    const before = head.slice(sentenceStart, m.index);
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // "rated good at its last inspection", "previously rated inadequate": background, not this inspection's grade.
    // (Within its clause: "Unlike Rochdale, rated inadequate last year, Oldham's services have been rated good" is about Oldham's.)
    if (/\b(?:previous(?:ly)?|last|earlier|former(?:ly)?|had been)\b/i.test(before.slice(-40).split(/[,;:–—]/).pop()!)) continue;
    // "no longer rated inadequate", "services not judged good": the grade it has left, or has not reached.
    const upToGrade = before + m[0].slice(0, grade ? m[0].toLowerCase().lastIndexOf(grade.toLowerCase()) : 0);
    if (/\b(?:no longer|not|never|nor)\s+(?:(?:been|be|to|as|yet|currently|rated|judged|graded|deemed|found)\s+)*["'‘’“”]?$/i.test(upToGrade)) continue;
    if (/^\W*(?:(?:in|at|by|when) (?:its|the|their) (?:last|previous|earlier)|in (?:19|20)\d\d|last (?:year|month|time)|earlier this year|(?:\w+ )?years? ago|since|before)\b/i.test(after)) continue;
    if (EARLIER.test(m[0])) continue;
    if (grade) return normaliseGrade(grade);
  }
  return null;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]");
}
