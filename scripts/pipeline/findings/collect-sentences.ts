/**
 * Stage 3, findings: every sentence of every body block (paragraphs and list items) becomes a
 * candidate finding, with the place it stands (section, list stance, block) for the labellers.
 */
import { segmentSentences } from "../../nlp/segment-sentences.ts";
import { hasOnlySingleSpaces } from "../../nlp/white-space.ts";
import { isLetterClosing, isPublicationNotice } from "../structure/line-patterns.ts";
import { isBoilerplateSentence, referenceTagLengths } from "../structure/report-boilerplate.ts";
import { isVerdictLine } from "../structure/verdict-lines.ts";
import { blockData } from "../tree-types.ts";
import type { ListStance, Paragraph, Root, SectionKind } from "../tree-types.ts";

/** A sentence that will become a finding. */
export interface SentenceCandidate {
  /** The sentence with white space folded. */
  text: string;
  start: number;
  end: number;
  section: string | null;
  sectionKind: SectionKind;
  listStance: ListStance | null;
  inList: boolean;
  /** Top-level block index: sentences with the same index share a paragraph or list. */
  blockIndex: number;
  /** Position of the sentence within its block. */
  indexInBlock: number;
}

/** Collect the sentences of the body blocks in document order. */
export function collectSentences(tree: Root, text: string): SentenceCandidate[] {
  const out: SentenceCandidate[] = [];
  eachParagraph(tree, null, (node, parent) => {
    const data = blockData(node);
    if (data.role !== "body") return;
    let start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    // Numbered paragraphs of reports ("12. Children are …"): the number is not part of the finding.
    const number = /^\(?\d{1,3}[.)]\s+/.exec(text.slice(start, end));
    if (number) start += number[0].length;
    const spans = segmentSentences(text.slice(start, end), start);
    spans.forEach((whole, indexInBlock) => {
      // A reference tag glued to a sentence ("(Recommendation) Older care leavers …") is not part of the finding.
      const tag = referenceTagLengths(text.slice(whole.start, whole.end));
      const span = tag.lead + tag.trail > 0 && tag.lead + tag.trail < whole.end - whole.start ? { start: whole.start + tag.lead, end: whole.end - tag.trail } : whole;
      const raw = text.slice(span.start, span.end);
      const sentence = hasOnlySingleSpaces(raw) ? raw : raw.replace(/\s+/g, " ");
      if (!/[A-Za-z]{2}/.test(sentence) || !sentence.includes(" ")) return;
      // The back page's licence and availability lines read as praise ("free of charge", "available").
      if (isPublicationNotice(sentence) || isLetterClosing(sentence)) return;
      // The report template's own sentences (notices, grade descriptors, "(Recommendation)") and a verdict run into a paragraph.
      if (isBoilerplateSentence(sentence) || isVerdictLine(sentence)) return;
      // A heading the PDF's text glued to the end of the paragraph before it ("… home and care. Areas for improvement"):
      // a short run with no full stop after the paragraph's sentences is a heading, not a finding.
      if (parent?.type !== "listItem" && indexInBlock > 0 && indexInBlock === spans.length - 1 && isGluedHeading(sentence)) return;
      out.push({
        text: sentence,
        start: span.start,
        end: span.end,
        section: data.section ?? null,
        sectionKind: data.sectionKind ?? "other",
        listStance: data.listStance ?? null,
        inList: parent?.type === "listItem",
        blockIndex: data.blockIndex ?? 0,
        indexInBlock,
      });
    });
  });
  return out;
}

/** A short run of words that ends without a sentence's punctuation and opens with a capital: a heading's shape. */
function isGluedHeading(sentence: string): boolean {
  return /^[A-Z]/.test(sentence) && !/[.!?:;,]["”’')\]]*$/.test(sentence) && sentence.split(" ").length <= 6;
}

/** A node of the tree as the walk below reads it. */
interface TreeNode {
  type: string;
  children?: TreeNode[];
}

/**
 * Each paragraph of the tree with its parent, in document order (depth first, a node before its children), as
 * unist-util-visit would give them: a plain walk, without the visitor's per-node bookkeeping.
 */
function eachParagraph(node: TreeNode, parent: TreeNode | null, found: (paragraph: Paragraph, parent: TreeNode | null) => void): void {
  if (node.type === "paragraph") found(node as unknown as Paragraph, parent);
  if (node.children) for (const child of node.children) eachParagraph(child, node, found);
}
