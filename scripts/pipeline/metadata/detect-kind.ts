/** The sort of document: an Ofsted letter or report, or news or commentary about them. */
type Kind = "inspection-letter" | "inspection-report" | "news" | "commentary";

/** Decide the kind from the publisher, the letter furniture and whether the document has a subject. */
export function detectKind(input: { publisher: string | null; hasSalutation: boolean; text: string; subjects: string[] }): Kind {
  const ofsted = input.publisher === "Ofsted" || /\bthis letter summarises the findings\b/i.test(input.text);
  if (ofsted) return input.hasSalutation || /\bthis letter\b/i.test(input.text.slice(0, 4000)) ? "inspection-letter" : "inspection-report";
  return input.subjects.length > 0 ? "news" : "commentary";
}
