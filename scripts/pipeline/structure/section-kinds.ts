/** Which sort of section a heading opens, from the taxonomy's section headings. */
import type { SectionKind } from "../tree-types.ts";

/** Heading phrases per section kind (content/taxonomy.json `sectionHeadings`). */
export interface SectionHeadings {
  findings: string[];
  improvement: string[];
  context: string[];
}

/** Fold a heading for comparison: lower case, plain apostrophes, no trailing punctuation. */
export function foldHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/(?<![\s.:?!])[\s.:?!]+$/, "") // lookbehind: only a run's first character starts a match, so long runs stay linear
    .trim();
}

// What a heading says of its section wherever the words stand: letters name their sections in many ways
// ("Case study: area for improvement", "Practice study: highly effective practice", "Multi-agency strengths",
// "The local authority needs to take action to address … the following areas of practice").
const IMPROVEMENT_WORDS = /\b(?:areas? (?:for|of) (?:improvement|development|priority action)|area\(s\) for (?:improvement|priority action)|areas? for priority action|what needs to improve|needs? to (?:improve|take action))\b/;
const FINDINGS_WORDS = /\b(?:(?:key |multi-agency |early help )?strengths|areas? of strength|(?:highly )?effective practice|(?:main|headline|key) findings|inspectors found)\b/;

/** Classify a heading; a heading that names no known section is `other`. */
export function sectionKindOf(heading: string, headings: SectionHeadings): SectionKind {
  const folded = foldHeading(heading);
  if (/^recommendations?\b/.test(folded)) return "recommendations";
  if (IMPROVEMENT_WORDS.test(folded)) return "improvement";
  if (FINDINGS_WORDS.test(folded)) return "findings";
  for (const { kind, phrase: p } of foldedPhrases(headings)) {
    if (folded === p || folded.startsWith(`${p} `) || (p.length > 12 && folded.startsWith(p))) return kind;
  }
  return "other";
}

// The taxonomy's phrases folded once per set of headings, in the order they are tried (they were folded on every call).
const FOLDED_PHRASES = new WeakMap<SectionHeadings, { kind: SectionKind; phrase: string }[]>();

function foldedPhrases(headings: SectionHeadings): { kind: SectionKind; phrase: string }[] {
  let phrases = FOLDED_PHRASES.get(headings);
  if (!phrases) {
    phrases = (["improvement", "findings", "context"] as const).flatMap((kind) => headings[kind].map((phrase) => ({ kind, phrase: foldHeading(phrase) })));
    FOLDED_PHRASES.set(headings, phrases);
  }
  return phrases;
}

/** True when the line is one of the taxonomy's section headings, whatever its punctuation. */
export function isKnownHeading(text: string, headings: SectionHeadings): boolean {
  // A sentence that starts like a heading ("This letter summarises …") is still a sentence.
  return !/[.!]["”’]?\s*$/.test(text) && sectionKindOf(text, headings) !== "other" && text.split(/\s+/).length <= 16;
}
