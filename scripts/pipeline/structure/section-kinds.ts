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

/** Classify a heading; a heading that names no known section is `other`. */
export function sectionKindOf(heading: string, headings: SectionHeadings): SectionKind {
  const folded = foldHeading(heading);
  if (/^recommendations?\b/.test(folded)) return "recommendations";
  for (const kind of ["improvement", "findings", "context"] as const) {
    for (const phrase of headings[kind]) {
      const p = foldHeading(phrase);
      if (folded === p || folded.startsWith(`${p} `) || (p.length > 12 && folded.startsWith(p))) return kind;
    }
  }
  return "other";
}

/** True when the line is one of the taxonomy's section headings, whatever its punctuation. */
export function isKnownHeading(text: string, headings: SectionHeadings): boolean {
  // A sentence that starts like a heading ("This letter summarises …") is still a sentence.
  return !/[.!]["”’]?\s*$/.test(text) && sectionKindOf(text, headings) !== "other" && text.split(/\s+/).length <= 16;
}
