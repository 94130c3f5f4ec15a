/**
 * Stage 2, metadata: kind, title, publisher, publication date, inspection (type, dates, grades),
 * subject authorities and the document id, from the structured blocks.
 */

import type { ExtractedDocument } from "../../../src/schemas/document.ts";
import type { SourceDocument } from "../../readers/source-document.ts";
import type { DocumentOrigin, BaseResources } from "../extract-document.ts";
import type { FlatBlock } from "../structure/flatten-blocks.ts";
import { isDateLine, isSalutation } from "../structure/line-patterns.ts";
import { detectInspectionDates, detectInspectionType, detectJudgements, detectOverallJudgement } from "./detect-inspection.ts";
import { detectKind } from "./detect-kind.ts";
import { detectPublisher } from "./detect-publisher.ts";
import { parseDate } from "./find-dates.ts";
import { subjectAuthorities } from "./subject-authorities.ts";
import { documentId } from "./document-id.ts";

type DocumentMeta = Omit<ExtractedDocument, "findings" | "warnings" | "format" | "pages" | "text" | "blocks">;

/** Describe a document from its blocks and source metadata. */
export function describeDocument(
  source: SourceDocument,
  blocks: FlatBlock[],
  origin: DocumentOrigin,
  resources: BaseResources,
): DocumentMeta {
  const titleBlock = blocks.find((b) => b.data.role === "title");
  const title = documentTitle(blocks, titleBlock, resources) ?? (source.meta.title ?? fileTitle(origin.path)).replace(/\s+/g, " ").trim();
  const bodyText = blocks
    .filter((b) => b.data.role === "body" || b.data.role === "heading" || b.data.role === "lead-in")
    .map((b) => b.text)
    .join("\n");
  // A PDF's info-dictionary title is often a reused template's ("Wakefield - Draft Report"): only web pages' titles count.
  const metaTitle = source.format === "html" || source.format === "markdown" ? (source.meta.title ?? "") : "";
  const subjects = subjectAuthorities(resources.matcher.find(`${title}\n${metaTitle}`), resources.matcher.find(bodyText));
  const publisher = detectPublisher(source.text, source.meta.publisher, resources.publishers);
  const hasSalutation = blocks.some((b) => isSalutation(b.text));
  const kind = detectKind({ publisher, hasSalutation, text: source.text, subjects });
  const head = blocks.slice(0, Math.max(0, blocks.findIndex((b) => b.data.role === "body")));
  const dateline = head.find((b) => isDateLine(b.text));
  const published = (dateline && parseDate(dateline.text)) || (source.meta.published && parseDate(source.meta.published)) || isoOrNull(source.meta.published);
  // A news page may name the inspection only in a tag line after the article.
  const inspectionType = detectInspectionType(title, bodyText) ?? (subjects.length > 0 ? detectInspectionType("", source.text) : null);
  const graded = inspectionType === "ilacs" || inspectionType === "sif";
  const judgements = graded ? detectJudgements(source.text, resources.judgementAreas) : [];
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
    inspection: {
      type: inspectionType,
      dates: kind === "inspection-letter" || kind === "inspection-report" ? detectInspectionDates(source.text) : [],
      judgement: graded ? detectOverallJudgement(source.text, judgements) : null,
      judgements: judgements.filter((j) => j.area !== "overall effectiveness"),
    },
    authorities,
  };
}

/** The title block's text; a report titled "Inspection of children's social care services" under the authority's name gets the name too. */
function documentTitle(blocks: FlatBlock[], titleBlock: FlatBlock | undefined, resources: BaseResources): string | null {
  if (!titleBlock) return null;
  const text = titleBlock.text.replace(/\s+/g, " ").trim();
  const before = blocks[blocks.indexOf(titleBlock) - 1];
  if (before && resources.matcher.find(text).length === 0 && resources.matcher.find(before.text).length > 0 && before.text.split(/\s+/).length <= 8) {
    return `${before.text.trim()}: ${text}`;
  }
  return text;
}

function fileTitle(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ");
}

function isoOrNull(value: string | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

