/** The sort of document: an Ofsted letter or report, or news or commentary about them. */
type Kind = "inspection-letter" | "inspection-report" | "news" | "commentary";

// A letter of Ofsted's opens its body by saying what it is: "This letter summarises the findings of …",
// "This letter to all the service leaders in the area outlines our findings …" (JTAIs).
// An inspection report's cover: its dates, lead inspector, publication line or judgement table (a press release has none).
const REPORT_COVER = /\binspection dates?\s*:|\blead inspector\s*:|\breport published\s*:|\bjudgement\s*\|\s*grade\b|\bage group\s*:/i;
const LETTER_OPENING = /(?:^|\n)[ \t]*This letter (?:summarises|to all|sets out|outlines|reports)\b/i;

// How a page labels opinion above its headline: a section name ("Blog", "Opinion", "Speech / Guidance"; not a bare
// "Comment", which is also a link to the comments), the
// categories in a byline ("… on September 14, 2021 in Children, Opinion"), a blog's address.
const OPINION_LABEL =
  /^(?:blog|opinion|commentary|column|viewpoint|speech)\b(?:\s*\/.*)?$|\b(?:in|categories:)\s[^|]{0,60}\b(?:opinion|comment|blogs?)\s*$|\bblog\.[a-z]|\/blogs?\b/i;
// A headline that names the genre: "Ofsted's social care commentary: …", "Opinion: …", "Comment: …".
const OPINION_TITLE = /\bcommentary\b|^(?:comment|opinion|blog|column)\s*:/i;

/** True when the page labels itself opinion: a label line above the article (`headLines`) or the headline itself. */
export function isLabelledOpinion(title: string, headLines: readonly string[]): boolean {
  return OPINION_TITLE.test(title) || headLines.some((line) => line.split(/\s+/).length <= 25 && OPINION_LABEL.test(line.trim()));
}

/**
 * Decide the kind: a letter by its opening (or Ofsted's salutation), a report by Ofsted's
 * signature and a report's cover; anything else (an Ofsted press release too) is commentary when the
 * page labels itself opinion, else news when it is about one authority (it reports that authority's
 * inspection) and commentary when it is about none (opinion, national overviews).
 */
export function detectKind(input: { publisher: string | null; hasSalutation: boolean; text: string; subjects: string[]; opinion?: boolean }): Kind {
  const head = input.text.slice(0, 6000);
  if (LETTER_OPENING.test(head)) return "inspection-letter";
  if (input.publisher === "Ofsted") {
    if (input.hasSalutation || /\bthis letter\b/i.test(head)) return "inspection-letter";
    if (REPORT_COVER.test(head)) return "inspection-report";
  }
  return input.subjects.length > 0 && !input.opinion ? "news" : "commentary";
}
