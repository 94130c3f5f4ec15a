import type { ExtractedDocument } from "../schemas/index.ts";
import { segmentDocument, type RenderBlock, type RenderNode, type SegmentedDocument } from "./segment-document.ts";

/**
 * Long reports (an SIF report holds ~120 kB of text and ~900 findings) would make pages far
 * over the 200 kB budget once every finding carries its details panel, so a document's text is
 * split into parts, at headings where possible. These estimates are bytes of HTML.
 */
export const PART_BUDGET = 160_000;

/** Bytes of one anchor part 1 keeps for a finding printed in a later part (47 on the real corpus's pages). */
const LATER_ANCHOR_COST = 50;
/**
 * HTML a judged finding adds besides its text: mark, tag and details panel (cues, themes, two similar
 * findings, what happened next, citation). Measured on the real corpus's pages: 805 B on average, 1,163
 * at the 95th percentile (docs/performance.md); a little over the average, so a part stays within the
 * budget and its findings' panels are not cut into more parts than they need.
 */
export const JUDGED_FINDING_COST = 950;
/** HTML a context finding adds besides its text: no similar findings and nothing happened next (448 B on average). */
export const CONTEXT_FINDING_COST = 550;
/** Part 1 also carries the document's metadata and its summary table by theme. */
export const FIRST_PART_OVERHEAD = 15_000;

/** One part of a document's text. */
export interface DocumentPart {
  /** 1-based part number; part 1 is the document's main page. */
  number: number;
  nodes: RenderNode[];
  /** The first heading of the part, to name it in the parts navigation. */
  heading: string | null;
  /** True when the part starts under a heading of an earlier part (then `heading` is that one). */
  continued: boolean;
}

/** A document's text cut into parts, and which part each finding is in. */
export interface PaginatedDocument {
  parts: DocumentPart[];
  /** Finding id → part number. Unplaced findings go in the last part. */
  partOf: Map<string, number>;
  unplaced: SegmentedDocument["unplaced"];
}

/**
 * Split a document's segmented text into parts that each stay within PART_BUDGET, breaking at a heading
 * once a part is 80% full (at 70%, the real corpus's documents took 128 parts more, each with its page
 * around the text, and 8,000 more later-part anchors).
 */
export function paginateDocument(document: ExtractedDocument): PaginatedDocument {
  const { nodes, unplaced } = segmentDocument(document);
  const parts: DocumentPart[] = [];
  let current: RenderNode[] = [];
  // Part 1 also carries an anchor for every finding of the later parts (LaterPartAnchors): reserve room for them.
  let cost = FIRST_PART_OVERHEAD + LATER_ANCHOR_COST * document.findings.length;
  let lastHeading: string | null = null;
  const close = () => {
    if (current.length === 0) return;
    const first = current[0]?.type === "heading" ? firstHeading(current) : null;
    parts.push({
      number: parts.length + 1,
      nodes: levelFromFirstHeading(current),
      heading: first ?? lastHeading ?? firstHeading(current),
      continued: first === null && lastHeading !== null,
    });
    lastHeading = lastHeadingOf(current) ?? lastHeading;
    current = [];
    cost = 0;
  };
  for (const node of nodes.flatMap((n) => splitLongList(n))) {
    const nodeCost = costOf(node);
    const overBudget = cost + nodeCost > PART_BUDGET;
    const goodBreak = node.type === "heading" && cost > PART_BUDGET * 0.8;
    if (current.length > 0 && (overBudget || goodBreak)) close();
    current.push(node);
    cost += nodeCost;
  }
  close();
  if (parts.length === 0) parts.push({ number: 1, nodes: [], heading: null, continued: false });

  const partOf = new Map<string, number>();
  for (const part of parts) {
    for (const block of blocksOf(part.nodes)) {
      for (const run of block.runs) if (run.kind === "finding" && !partOf.has(run.finding.id)) partOf.set(run.finding.id, part.number);
    }
  }
  for (const finding of unplaced) partOf.set(finding.id, parts.length);
  return { parts, partOf, unplaced };
}

/**
 * A list too long for one part (a report's bullet list of a hundred findings is one node) becomes
 * consecutive lists of at most a quarter of the budget each, so parts can break between them.
 */
function splitLongList(node: RenderNode): RenderNode[] {
  if (node.type !== "list" || costOf(node) <= PART_BUDGET / 4) return [node];
  const lists: RenderNode[] = [];
  let items: RenderBlock[] = [];
  let cost = 0;
  for (const item of node.items) {
    const itemCost = costOf(item);
    if (items.length > 0 && cost + itemCost > PART_BUDGET / 4) {
      lists.push({ type: "list", items });
      items = [];
      cost = 0;
    }
    items.push(item);
    cost += itemCost;
  }
  if (items.length > 0) lists.push({ type: "list", items });
  return lists;
}

function blocksOf(nodes: readonly RenderNode[]) {
  return nodes.flatMap((node) => (node.type === "list" ? node.items : [node]));
}

function costOf(node: RenderNode): number {
  let cost = 0;
  for (const block of blocksOf([node])) {
    for (const run of block.runs) {
      cost += run.text.length + 10;
      if (run.kind !== "finding") continue;
      cost += run.finding.polarity === "context" ? CONTEXT_FINDING_COST : JUDGED_FINDING_COST;
    }
  }
  return cost;
}

function lastHeadingOf(nodes: readonly RenderNode[]): string | null {
  return firstHeading([...nodes].reverse());
}

function firstHeading(nodes: readonly RenderNode[]): string | null {
  const heading = nodes.find((n) => n.type === "heading");
  return heading && heading.type === "heading" ? heading.runs.map((r) => r.text).join("").trim() : null;
}

/**
 * A part can start inside a section, under a heading left in the previous part; shift its
 * heading levels so its first heading is an h3 (right under the page's h2), never going above h3.
 */
function levelFromFirstHeading(nodes: RenderNode[]): RenderNode[] {
  const first = nodes.find((n) => n.type === "heading");
  const shift = first && first.type === "heading" ? (first.level ?? 3) - 3 : 0;
  if (shift === 0) return nodes;
  return nodes.map((n) => (n.type === "heading" ? { ...n, level: Math.max(3, (n.level ?? 3) - shift) } : n));
}

let lastPaginated: { document: ExtractedDocument; paginated: PaginatedDocument } | undefined;

/**
 * paginateDocument, remembering only the last document: a document's parts are rendered one after
 * another, and holding every document's parts from getStaticPaths to the end of the build took
 * 38 MB on the real corpus (ten times that at ten times the corpus).
 */
export function paginatedDocument(document: ExtractedDocument): PaginatedDocument {
  if (lastPaginated?.document !== document) lastPaginated = { document, paginated: paginateDocument(document) };
  return lastPaginated.paginated;
}
