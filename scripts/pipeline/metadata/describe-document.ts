/**
 * Stage 2, metadata: kind, title, publisher, publication date, inspection (type, dates, grades),
 * subject authorities and the document id, from the structured blocks.
 */

import type { ExtractedDocument } from "../../../src/schemas/document.ts";
import type { SourceDocument } from "../../readers/source-document.ts";
import type { DocumentOrigin, BaseResources } from "../extract-document.ts";
import type { FlatBlock } from "../structure/flatten-blocks.ts";
import { isDateLine, isNewspaperName, isSalutation } from "../structure/line-patterns.ts";
import { describeInspection } from "./describe-inspection.ts";
import { detectKind, isLabelledOpinion } from "./detect-kind.ts";
import { detectPublisher } from "./detect-publisher.ts";
import { pagePublisher } from "./page-publisher.ts";
import { parseDate } from "./find-dates.ts";
import { publicationDates } from "./publication-date.ts";
import { subjectAuthorities } from "./subject-authorities.ts";
import { documentId } from "./document-id.ts";

const LEADING_DATE = /^\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

// A byline that dates the article: "by Alex Morgan on 3 April 2025", "By Jess McCabe | 2 February 2023",
// "Written by Sam Okafor | 4 February 2024 | 6 min read", "Posted by: Yvette Stanley, Posted on: 9 May 2022".
const BYLINE = /^(?:(?:posted|written|words)\s+)?by:?\s/i;

const SUBJECT_LINE = /^(?:Focused visit|Monitoring visit|Joint targeted area inspection|Joint inspection)\b/i;

type DocumentMeta = Omit<ExtractedDocument, "findings" | "warnings" | "format" | "pages" | "text" | "blocks">;

/** Describe a document from its blocks and source metadata. */
export function describeDocument(
  source: SourceDocument,
  blocks: FlatBlock[],
  origin: DocumentOrigin,
  resources: BaseResources,
): DocumentMeta {
  const titleBlock = blocks.find((b) => b.data.role === "title");
  // Without a title block, a letter's subject line beats a PDF's info-dictionary title, which may be a reused template's.
  const subjectLine = titleBlock ? undefined : blocks.find((b) => SUBJECT_LINE.test(b.text) && b.text.length < 300);
  const title = documentTitle(blocks, titleBlock ?? subjectLine, resources) ?? (source.meta.title ?? fileTitle(origin.path)).replace(/\s+/g, " ").trim();
  const bodyText = blocks
    .filter((b) => b.data.role === "body" || b.data.role === "heading" || b.data.role === "lead-in")
    .map((b) => b.text)
    .join("\n");
  // A PDF's info-dictionary title is often a reused template's ("Wakefield - Draft Report"): only web pages' titles count.
  const metaTitle = source.format === "html" || source.format === "markdown" ? (source.meta.title ?? "") : "";
  const titleMentions = resources.matcher.find(`${title}\n${metaTitle}`);
  const bodyMentions = resources.matcher.find(bodyText);
  const named = subjectAuthorities(titleMentions, bodyMentions, bodyText);
  // A council's own newsroom writes "the council" and "the borough": its masthead names the subject.
  const ownCouncil = named.length === 0 && titleBlock ? councilMasthead(blocks.slice(0, blocks.indexOf(titleBlock)), bodyText, resources) : null;
  const leadSubjects = ownCouncil ? [ownCouncil] : named;
  const signedBy = detectPublisher(source.text, source.meta.publisher, resources.publishers);
  const hasSalutation = blocks.some((b) => isSalutation(b.text));
  const bodyStart = blocks.findIndex((b) => b.data.role === "body");
  const headLines = blocks.slice(0, Math.max(0, bodyStart)).map((b) => b.text);
  const opinion = isLabelledOpinion(title, headLines);
  const kind = detectKind({ publisher: signedBy, hasSalutation, text: source.text, subjects: leadSubjects, opinion });
  // A commentary cites authorities as examples: only one it names as its subject again and again is what it is about.
  const subjects = kind === "commentary" ? subjectAuthorities(titleMentions, bodyMentions, bodyText, true) : leadSubjects;
  // Ofsted publishes the inspection letters, joint ones too, even when a letter carries none of its signatures.
  // A news article's prose names publishers it quotes ("a statutory direction by the Department for Education"): past
  // its furniture, only an address in the page (a domain, an e-mail) signs it.
  const publisher = kind === "news" || kind === "commentary" ? newsPublisher(blocks, titleBlock, source.meta.publisher, resources) ?? detectPublisher(source.text, source.meta.publisher, resources.publishers, false) : (signedBy ?? (kind === "inspection-letter" ? "Ofsted" : null));
  const head = blocks.slice(0, Math.max(0, bodyStart));
  // A letter's date stands on its own line, or opens the address block when the PDF ran them together.
  // A news page may date its byline instead ("by Alex Morgan on March 7, 2023 in Children").
  const dateline =
    head.find((b) => isDateLine(b.text)) ??
    head.find((b) => LEADING_DATE.test(b.text)) ??
    (kind === "news" || kind === "commentary" ? head.find((b) => BYLINE.test(b.text) && b.text.split(/\s+/).length <= 25 && parseDate(b.text) !== null) : undefined);
  const dates = publicationDates({ path: origin.path, text: source.text, dateline: dateline?.text ?? null, metaPublished: source.meta.published });
  const { published } = dates;
  const { inspection, dated } = describeInspection({
    kind,
    title,
    text: source.text,
    bodyText,
    hasSubject: subjects.length > 0,
    published,
    dated: dates.dated,
    judgementAreas: resources.judgementAreas,
  });
  const authorities = subjects.map((code) => {
    const authority = resources.authorities.find((a) => a.code === code)!;
    return { code, name: authority.name };
  });
  const slug = subjects.length === 1 ? resources.authorities.find((a) => a.code === subjects[0])!.slug : subjects.length > 1 ? "several" : "national";
  return {
    id: documentId(published, slug, kind, origin.sha256),
    source: origin.path,
    sha256: origin.sha256,
    kind,
    title,
    publisher,
    published,
    dated,
    inspection,
    authorities,
  };
}

/**
 * A news page's publisher: a known publisher's signature in the page's furniture (its masthead, footer,
 * subscription offers), else the name the page gives itself; an address in the article's prose comes last,
 * since articles quote other publishers ("an Ofsted inspector said", "the Local Government Association said").
 */
function newsPublisher(blocks: FlatBlock[], titleBlock: FlatBlock | undefined, metaPublisher: string | undefined, resources: BaseResources): string | null {
  const furniture = blocks.filter((b) => b.data.role === "furniture" || b.data.role === "title").map((b) => b.text);
  // A headline quotes names ("Ofsted inspectors' verdict on …"): only the page's furniture signs it.
  const signing = blocks.filter((b) => b.data.role === "furniture").map((b) => b.text);
  const known = detectPublisher(signing.join("\n"), metaPublisher, resources.publishers);
  if (known !== null) return known;
  const above = titleBlock ? blocks.slice(0, blocks.indexOf(titleBlock)) : [];
  const aboveTitle = above.filter((b) => b.data.furniture === "letter-head" || b.data.furniture === "byline").map((b) => b.text);
  return pagePublisher({ aboveTitle, furniture }, resources.publishers);
}

// A council's title as its newsroom's masthead prints it: "Wigan Council", "London Borough of Hackney".
const COUNCIL_MASTHEAD = /^(?:The )?(?:(?:London |Royal )?Borough of [\p{L} &'’-]+|[\p{L} &'’-]+ (?:Metropolitan |Borough |County |City |District )?Council)$/u;
// An article about an inspection says so.
const ABOUT_INSPECTION = /\b(?:Ofsted|inspectors?|inspection|focused visit|monitoring visit)\b/i;

/** The authority whose council's masthead stands above the headline of a page about an inspection, or null. */
function councilMasthead(aboveTitle: FlatBlock[], bodyText: string, resources: BaseResources): string | null {
  if (!ABOUT_INSPECTION.test(bodyText.slice(0, 2000))) return null;
  for (const block of aboveTitle) {
    const line = block.text.trim();
    if (!COUNCIL_MASTHEAD.test(line)) continue;
    const codes = new Set(resources.matcher.find(line).map((m) => m.code));
    if (codes.size === 1) return [...codes][0]!;
  }
  return null;
}

/**
 * The title block's text; a report titled "Inspection of children's social care services" under the authority's name
 * gets the name too, but a headline under a newspaper's masthead naming its town ("Birmingham Mail") does not.
 */
function documentTitle(blocks: FlatBlock[], titleBlock: FlatBlock | undefined, resources: BaseResources): string | null {
  if (!titleBlock) return null;
  const text = titleBlock.text.replace(/\s+/g, " ").trim();
  const before = blocks[blocks.indexOf(titleBlock) - 1];
  if (before && !isNewspaperName(before.text) && resources.matcher.find(text).length === 0 && resources.matcher.find(before.text).length > 0 && before.text.split(/\s+/).length <= 8) {
    return `${before.text.trim()}: ${text}`;
  }
  return text;
}

function fileTitle(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ");
}
