/**
 * One document through the stages, in order: tree, structure (unified plugin), metadata,
 * findings, labels, provenance. Pure: no file access; everything it needs comes in `resources`.
 */
import { unified } from "unified";
import { VFile } from "vfile";
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import type { Finding } from "../../src/schemas/finding.ts";
import type { Authority } from "../../src/schemas/authority.ts";
import type { AuthorityMatcher } from "../authorities/find-authorities.ts";
import { ReaderError, type SourceDocument } from "../readers/source-document.ts";
import { buildTree } from "./build-tree.ts";
import { collectSentences, type SentenceCandidate } from "./findings/collect-sentences.ts";
import { findingIdOfIdentity, identityOfFolded } from "./findings/finding-id.ts";
import { labelFindings } from "./findings/label-findings.ts";
import { describeDocument } from "./metadata/describe-document.ts";
import type { Publisher } from "./metadata/detect-publisher.ts";
import { remarkStructure } from "./structure/index.ts";
import type { SectionHeadings } from "./structure/index.ts";
import { flattenBlocks } from "./structure/flatten-blocks.ts";
import { documentBlocks } from "./document-blocks.ts";
import type { Root } from "./tree-types.ts";
import type { PolarityModel } from "./polarity/polarity-model.ts";
import type { ThemeModel } from "../themes/theme-model.ts";

/** What the stages before labelling read besides the document (all but the learned models). */
export interface BaseResources {
  authorities: Authority[];
  matcher: AuthorityMatcher;
  tagThemes: (sentence: string) => { theme: string; trigger: string }[];
  sectionHeadings: SectionHeadings;
  judgementAreas: string[];
  publishers: Publisher[];
}

/** Everything extraction reads besides the document: loaded once per run. */
export interface ExtractionResources extends BaseResources {
  /** The learned polarity model (content/model/polarity.json). */
  polarityModel: PolarityModel;
  /** The learned theme model (content/model/themes.json). */
  themeModel: ThemeModel;
}

/** Where a document came from. */
export interface DocumentOrigin {
  path: string;
  sha256: string;
}

// Bounds that keep one hostile input from stalling a run: extraction costs about 0.3–0.6 s per MB of text,
// and the cue and theme passes grow with the square of the matches in one sentence.
const MAX_TEXT_CHARS = 2_000_000;
const MAX_SENTENCE_CHARS = 2_500;

/** A document read and structured, its candidate sentences found: everything before labelling. */
export interface PreparedDocument {
  source: SourceDocument;
  origin: DocumentOrigin;
  meta: ReturnType<typeof describeDocument>;
  blocks: ReturnType<typeof flattenBlocks>;
  candidates: SentenceCandidate[];
  warnings: string[];
}

/** Stages 1–3 of one document: tree, structure, metadata and candidate sentences; throws a ReaderError past the size limit. */
export function prepareDocument(source: SourceDocument, origin: DocumentOrigin, resources: BaseResources): PreparedDocument {
  if (source.text.length > MAX_TEXT_CHARS) {
    throw new ReaderError(`too long to extract: ${source.text.length.toLocaleString("en-GB")} characters of text (limit ${MAX_TEXT_CHARS.toLocaleString("en-GB")}); split it into its reports`);
  }
  const file = new VFile({ path: origin.path });
  const tree = buildTree(source);
  unified().use(remarkStructure, { sectionHeadings: resources.sectionHeadings }).runSync(tree as never, file);
  const blocks = flattenBlocks(tree as Root);
  const meta = describeDocument(source, blocks, origin, resources);
  const sentences = collectSentences(tree as Root, source.text);
  const candidates = sentences.filter((c) => c.text.length <= MAX_SENTENCE_CHARS);
  const warnings = [...source.warnings, ...file.messages.map((m) => m.reason)];
  const runOn = sentences.length - candidates.length;
  if (runOn > 0) warnings.push(`left out ${runOn} run-on "sentence(s)" longer than ${MAX_SENTENCE_CHARS.toLocaleString("en-GB")} characters: not findings`);
  if (meta.authorities.length === 0) warnings.push("names no local authority as its subject: its findings are national or attributed sentence by sentence");
  return { source, origin, meta, blocks, candidates, warnings };
}

/** Stages 4–6 of a prepared document: labels, ids and provenance, into the contract's document shape. */
export function labelDocument(prepared: PreparedDocument, resources: ExtractionResources): ExtractedDocument {
  const { source, origin, meta, blocks, candidates } = prepared;
  const labelled = labelFindings(candidates, {
    tagThemes: resources.tagThemes,
    matcher: resources.matcher,
    subjects: meta.authorities.map((a) => a.code),
    docKind: meta.kind,
    docGrade: meta.inspection.judgement,
    polarityModel: resources.polarityModel,
    themeModel: resources.themeModel,
  });
  const seen = new Map<string, number>();
  const pageAt = pageFinder(source);
  const findings: Finding[] = labelled.map((l) => {
    const key = identityOfFolded(l.candidate.text, l.folded);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return {
      id: findingIdOfIdentity(origin.sha256, key, occurrence),
      text: l.candidate.text,
      polarity: l.polarity,
      confidence: l.confidence,
      cues: l.cues,
      themes: l.themes,
      authorities: l.authorities,
      goodPractice: l.goodPractice,
      section: l.candidate.section,
      page: pageAt(l.candidate.start),
      start: l.candidate.start,
      end: l.candidate.end,
    };
  });
  const warnings = [...prepared.warnings];
  if (findings.length === 0) warnings.push("no findings: no body sentences were found");
  return { ...meta, findings, warnings, format: source.format, pages: source.pages.length > 0 ? source.pages.length : null, text: source.text, blocks: documentBlocks(blocks) };
}

/** Extract one read document into the contract's document shape; throws a ReaderError for text past the size limit. */
export function extractDocument(source: SourceDocument, origin: DocumentOrigin, resources: ExtractionResources): ExtractedDocument {
  return labelDocument(prepareDocument(source, origin, resources), resources);
}

/**
 * The page holding each offset: the first page whose span holds it, else the last page starting before it. Pages
 * in order and apart (as readers give them) are searched by halves; otherwise every page is tried, as the rule says.
 */
function pageFinder(source: SourceDocument): (offset: number) => number | null {
  const { pages } = source;
  if (pages.length === 0) return () => null;
  const ordered = pages.every((p, i) => p.start <= p.end && (i === 0 || pages[i - 1]!.end <= p.start));
  if (!ordered) {
    return (offset) => (pages.find((p) => offset >= p.start && offset < p.end) ?? pages.findLast((p) => p.start <= offset))?.number ?? null;
  }
  return (offset) => {
    // The last page starting at or before the offset: it holds the offset if any page does (pages are apart).
    let low = 0;
    let high = pages.length - 1;
    let last = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (pages[middle]!.start <= offset) [last, low] = [middle, middle + 1];
      else high = middle - 1;
    }
    return last < 0 ? null : pages[last]!.number;
  };
}
