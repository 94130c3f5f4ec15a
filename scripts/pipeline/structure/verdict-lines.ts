/**
 * Judgement lines of inspection reports: the bold verdicts set as headings ("The overall judgement is
 * that children's services are inadequate", "Children's services in Enfield are good because:") and the
 * rows of the judgement table ("Overall effectiveness | Good"). They state a grade the metadata stage
 * reads; as text they are headings, never findings.
 */

const GRADE = String.raw`(?:outstanding|good|adequate|inadequate|requires? improvement(?: to be good)?|not yet good)`;
const GRADE_WORD = /good|adequate|outstanding|improvement/i;
const APOSTROPHE = "['’]";

// The judgement areas and verdict subjects of the report templates (ILACS 2018–, SIF 2013–2018, the LSCB review).
const FORMAL_SUBJECT = String.raw`(?:the overall judge?ment|overall effectiveness|the graded judge?ment (?:for|about|on) [^.:|]{3,90}?|(?:the )?experiences? and progress of [^.:|]{3,90}?|the impact of leaders on social work practice with children and families|(?:\d(?:\.\d)?\.?\s+)?(?:children who need help and protection|children looked after and achieving permanence|adoption performance|leadership,? management and governance)|the (?:local safeguarding children board|lscb)|the arrangements in place to evaluate the effectiveness of what is done by [^.:|]{10,140}?)`;
// Subjects a prose sentence may also have ("Children's services in Sheffield are good."): verdicts only when set as a line without a full stop.
const LINE_SUBJECT = String.raw`(?:children${APOSTROPHE}s (?:social care )?services in [^.:|]{2,70}?|(?:this|the) local authority)`;
const LINK = String.raw`(?:\s*:\s*|\s+(?:is|are|was|were|requires?|remains?|is judged to be|are judged to be)?\s*(?:that (?:it|they|children${APOSTROPHE}s services) (?:is|are|requires?)\s*)?:?\s*)`;
const TAIL = String.raw`(?:\s+because)?\s*:?`;

const FORMAL_VERDICT = new RegExp(String.raw`^${FORMAL_SUBJECT}${LINK}(?:is |are )?${GRADE}${TAIL}\.?$`, "i");
const LINE_VERDICT = new RegExp(String.raw`^${LINE_SUBJECT}${LINK}(?:has serious weaknesses and )?(?:is |are )?${GRADE}${TAIL}$`, "i");

/** A verdict line: a judgement area or the authority's services, and a grade, and nothing else. */
export function isVerdictLine(text: string): boolean {
  // Most sentences hold no grade word: a cheap test first keeps this off the extraction's hot path.
  if (text.length > 220 || !GRADE_WORD.test(text)) return false;
  const t = text.trim().replace(/\s+/g, " ");
  return FORMAL_VERDICT.test(t) || LINE_VERDICT.test(t);
}

// A grade cell, in the wordings of every era: "Good", "to be good", "Inadequate Grade 4", "Grade 2 (Good)", or the header row.
const GRADE_CELL = new RegExp(
  String.raw`^(?:${GRADE}(?:\s*\(?grade [1-4]\)?)?|grade [1-4](?:\s*\(${GRADE}\))?|to be good|grade|judgement grade|judgement|key judgement)$`,
  "i",
);

/** A row of the judgement table as the PDF reader sets it ("The impact of leaders … | Good", "Judgement | Grade"). */
export function isJudgementTableRow(text: string): boolean {
  if (!text.includes("|")) return /^(?:key judgement|judgement grade|judgement\s+grade)$/i.test(text.trim());
  const cells = text.split("|").map((cell) => cell.trim().toLowerCase());
  return cells.some((cell) => GRADE_CELL.test(cell)) && cells.every((cell) => cell.split(/\s+/).length <= 16);
}

// A list of grades as a web page sets it, each "Area: Grade", one after another in a paragraph.
const GRADE_ITEM_AT = new RegExp(String.raw`[^:.|]{3,110}:\s*${GRADE}\.?(?:\s+|$)`, "iy");

/** A paragraph that only lists grades ("Impact of leaders: Good Overall effectiveness: Good"): a table, not findings. */
export function isGradeList(text: string): boolean {
  const t = text.trim();
  if (t.length > 1200 || !GRADE_WORD.test(t)) return false;
  let items = 0;
  for (let at = 0; at < t.length; items++) {
    GRADE_ITEM_AT.lastIndex = at;
    const item = GRADE_ITEM_AT.exec(t);
    if (!item) return false;
    at += item[0].length;
  }
  return items >= 2;
}
