/**
 * The template text of Ofsted reports, which says nothing about the authority and is never a finding:
 * the back page's notices (licence, copies, alerts, complaints, what Ofsted is), the template's own
 * notes ("was given the opportunity to review this section", "A full description of what the
 * inspection judgements mean…", "It is Ofsted's expectation…"), the grade descriptors every SIF
 * report repeats, and reference tags ("(Recommendation)", "(paragraph 12)"). Written from the shapes
 * the report templates of 2009–2025 share, not from one report's sentences.
 */

// Each alternative is a notice's own wording, so a finding that mentions Ofsted or a copy is not one.
const NOTICE =
  /(?:\byou may (?:copy|reuse|re-use) (?:all or parts of )?this (?:document|information|publication)|\bthis (?:document|publication|report) may be (?:reproduced|copied)|\bfurther copies of this (?:report|document)|\bif you would like (?:ofsted to send you )?a copy of (?:this document|the guidance)|\bto receive (?:regular )?email alerts|\binterested in our work\?|\bsubscribe to our (?:monthly )?newsletter|\bany complaints about the inspection or (?:the )?report|\braising concerns and making complaints about ofsted|\bregulates and inspects to achieve excellence|^it (?:regulates and inspects childcare|assesses council children[’']s services|inspects services for (?:looked after children|children looked after))\b|\bthis (?:publication|report) is available at\b|\bwas given the opportunity to review this section\b|\ba full description of what the inspection judgements mean\b|\bofsted[’']s expectation that\b|\bthe sections of this report that are about the local authority were originally published\b|\ball inspection judgements are made using the following\b|^website:\s*www\.|^(?=[^.]{0,100}(?:www\.|https?:))\d{0,2}\s*(?:(?:the )?[\w ()]{3,80}\b(?:act|regulations|guidance) \d{4}\s+)?(?:https?:\/\/|www\.)\S+\s|^all (?:the )?names (?:used )?(?:in this (?:letter|report) )?are pseudonyms\b|\bthese are residential special schools that look after children for\b)/i;

// The four grades' descriptors, as the SIF template words them in its summary and at its end.
const DESCRIPTOR =
  /(?:\bleads (?:highly )?effective services that (?:meet the requirements for good|contribute to significantly improved outcomes|help, protect and care for children)|\bwidespread (?:or|and) serious failures that (?:create or )?leave children being harmed\b|^there are no widespread or serious failures\b|^the welfare of looked after children is safeguarded and promoted\.?$|^minimum requirements are in place\b|^(?:however,? )?the authority is not yet delivering good protection\b|\bis not yet demonstrating the characteristics of good\.?$|\b(?:lscb|local safeguarding children board) requires improvement if it does not yet demonstrate the characteristics of good\b|^an? (?:outstanding|good|inadequate) (?:lscb|local authority) (?:is|leads|provides|has|does|coordinates|co-ordinates)\b|^(?:an? )?(?:lscb|local authority) that (?:is|requires) (?:outstanding|good|inadequate|improvement)\b|^(?:in )?a local authority that (?:is|requires) (?:outstanding|good|inadequate|improvement)\b|^(?:outstanding|good|adequate|inadequate) \(grade [1-4]\)|^grade [1-4] \((?:outstanding|good|adequate|inadequate)\)$)/i;

// A bare cross-reference the template sets after a paragraph: "(Recommendation)", "(paragraph 12)", "(see para 4 and 7)".
// Letters since 2023 tag each area for improvement with the national framework's part: "(outcome 4, national framework)".
const REFERENCE_TAG =
  /^\(?\s*(?:(?:see\s+)?(?:(?:page|section)\s*\d+\s*,?\s*)?(?:recommendations?|paragraphs?|paras?\.?|page|section)\s*[\d.,\sand&–-]*|(?:outcomes?|enablers?|principles?)\s*[\d.,\sand&–-]*,?\s*(?:of )?(?:the )?national framework)\)?\.?$/i;

const TAG = String.raw`\(\s*(?:(?:page\s*\d+\s*,?\s*)?(?:recommendations?|paragraphs?|paras?\.?)[\s\d,.and&–-]*|(?:outcomes?|enablers?|principles?)\s*[\d.,\sand&–-]*,?\s*(?:of )?(?:the )?national framework)\)`;
const LEADING_TAG = new RegExp(String.raw`^${TAG}\s+`, "i");
const TRAILING_TAG = new RegExp(String.raw`\s+${TAG}\s*$`, "i");

/** How many characters a reference tag takes at a sentence's start and end ("(Recommendation) Older care leavers …"). */
export function referenceTagLengths(text: string): { lead: number; trail: number } {
  // Most sentences neither start with "(" nor end with ")": the patterns run only on those that do.
  const t = text.trimEnd();
  const lead = t.startsWith("(") ? (LEADING_TAG.exec(t)?.[0].length ?? 0) : 0;
  const trail = t.endsWith(")") ? (TRAILING_TAG.exec(t)?.[0].length ?? 0) + (text.length - t.length) : 0;
  return { lead, trail };
}

/** A sentence of a report's template (notice, template note, grade descriptor, reference tag): never a finding. */
export function isBoilerplateSentence(text: string): boolean {
  const t = text.trim();
  return NOTICE.test(t) || DESCRIPTOR.test(t) || REFERENCE_TAG.test(t);
}

/** A back-page notice that opens the report's closing notices (everything after it is notices and contact lines). */
export function isBackPageOpener(text: string): boolean {
  return NOTICE.test(text.trim()) && !/given the opportunity to review|full description of what|expectation that|residential special schools/i.test(text);
}

// The section that explains the grades: "What the inspection judgements mean: the LSCB",
// "What the local authority inspection judgements mean", "The inspection judgements and what they mean".
// The whole line must be the heading: a contents row ("What the inspection judgements mean | 36") is not one.
const DESCRIPTOR_SECTION =
  /^(?:what the (?:local authority |lscb |local safeguarding children board )?(?:inspection )?judge?ments mean|the inspection judge?ments and what they mean)(?:\s*(?::|–|-)\s*the (?:local authority|lscb|local safeguarding children board))?\s*:?$/i;

/** A heading opening a section of grade descriptors, which is template text from end to end. */
export function isDescriptorHeading(text: string): boolean {
  return DESCRIPTOR_SECTION.test(text.trim());
}
