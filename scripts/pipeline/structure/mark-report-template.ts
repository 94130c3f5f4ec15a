/**
 * The parts of a report that are its template from end to end: the back page (from its first notice
 * to the end) and the section of grade descriptors ("What the inspection judgements mean").
 */
import { isHeadingLike, isSubstantive, wordCount } from "./line-patterns.ts";
import { isBackPageOpener, isBoilerplateSentence, isDescriptorHeading } from "./report-boilerplate.ts";
import type { FlatBlock } from "./flatten-blocks.ts";

/** How the caller marks a block as furniture, and its (cached) test for web page chrome. */
export interface TemplateMarks {
  furniture: (block: FlatBlock, reason: string) => void;
  isChromeLine: (text: string) => boolean;
}

/** Mark a report's back page and grade-descriptor sections as furniture, from `bodyStart` on. */
export function markReportTemplate(blocks: FlatBlock[], bodyStart: number, marks: TemplateMarks): void {
  markBackPage(blocks, bodyStart, marks);
  markDescriptorSections(blocks, bodyStart, marks);
}

/**
 * A report's back page: from its first notice (what Ofsted is, the licence, how to get copies or complain)
 * to the end, unless report text resumes after it (a licence notice on the inside cover of 2013 reports).
 */
function markBackPage(blocks: FlatBlock[], bodyStart: number, marks: TemplateMarks): void {
  const at = blocks.findIndex((b, i) => i >= bodyStart && !b.data.role && isBackPageOpener(b.text));
  if (at < 0) return;
  if (reportResumes(blocks, at, marks)) {
    marks.furniture(blocks[at]!, "notice");
    return;
  }
  for (const block of blocks.slice(at)) if (block.data.role !== "furniture") marks.furniture(block, "notice");
}

/** Three paragraphs of report text in a row after a notice: the notice stood apart, not at the end. */
function reportResumes(blocks: FlatBlock[], from: number, marks: TemplateMarks): boolean {
  let run = 0;
  for (const block of blocks.slice(from + 1)) {
    const body = isSubstantive(block.text) && !isBoilerplateSentence(block.text) && !marks.isChromeLine(block.text);
    run = body ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/**
 * The section of grade descriptors ("What the inspection judgements mean: the LSCB") is template text:
 * it and its sub-headings (a grade, "the LSCB") are furniture up to the next heading of the report's own.
 */
function markDescriptorSections(blocks: FlatBlock[], bodyStart: number, marks: TemplateMarks): void {
  let inside = false;
  for (const block of blocks.slice(bodyStart)) {
    if (block.data.role) continue;
    const t = block.text.trim();
    if (isDescriptorHeading(t)) inside = true;
    else if (inside && isReportHeading(block)) inside = false;
    if (inside) marks.furniture(block, "grade-descriptors");
  }
}

const DESCRIPTOR_SUBHEADING = /^(?:outstanding|good|adequate|inadequate|requires? improvement(?: to be good)?|the (?:local authority|lscb|local safeguarding children board)|grade [1-4].*|minimum requirements)$/i;

/** A heading that opens report text again after the descriptors (not a grade or a descriptor's sub-heading). */
function isReportHeading(block: FlatBlock): boolean {
  const t = block.text.trim();
  if (block.inList || isBoilerplateSentence(t) || DESCRIPTOR_SUBHEADING.test(t)) return false;
  return (block.node.type === "heading" && !isSubstantive(t)) || (isHeadingLike(t) && wordCount(t) >= 2 && !t.includes("|"));
}
