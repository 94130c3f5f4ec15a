import type { Block, ExtractedDocument, Finding } from "../schemas/index.ts";

/** A stretch of a block's text: plain, or one finding. */
export type Run = { kind: "text"; text: string } | { kind: "finding"; finding: Finding; text: string };

/** A block ready to render: its runs, and for headings the HTML level (3-6, under the page's h1 and h2). */
export interface RenderBlock {
  type: Block["type"];
  level: number | null;
  runs: Run[];
}

/** Blocks in order, with consecutive list items gathered into one list. */
export type RenderNode = RenderBlock | { type: "list"; items: RenderBlock[] };

/** The document cut into blocks and runs, plus findings that could not be placed inline (overlaps, bad offsets). */
export interface SegmentedDocument {
  nodes: RenderNode[];
  unplaced: Finding[];
}

/**
 * Cut a document's text into render blocks with its findings as runs, so the page can wrap
 * each finding in an element with its id. Text outside any block is kept as paragraphs, so
 * no finding loses its anchor; a title heading that repeats the document's title is dropped.
 */
export function segmentDocument(document: ExtractedDocument): SegmentedDocument {
  const { text } = document;
  const blocks = coverText(text, document.blocks);
  const { placed, unplaced } = placeable(document.findings, text.length);

  const rendered: RenderBlock[] = [];
  let next = 0;
  for (const block of blocks) {
    const runs: Run[] = [];
    let cursor = block.start;
    // A finding lying wholly in white space between blocks has no text to wrap: list it as unplaced.
    while (next < placed.length && (placed[next]?.end ?? 0) <= block.start) unplaced.push(placed[next++] as Finding);
    while (next < placed.length) {
      const finding = placed[next] as Finding;
      const start = Math.max(finding.start, block.start);
      if (start >= block.end) break;
      if (start > cursor) runs.push({ kind: "text", text: text.slice(cursor, start) });
      const end = Math.min(finding.end, block.end);
      runs.push({ kind: "finding", finding, text: text.slice(start, end) });
      cursor = end;
      next += 1;
    }
    if (cursor < block.end) runs.push({ kind: "text", text: text.slice(cursor, block.end) });
    if (block.type === "list-item") stripBullet(runs);
    // Headings carry their source depth until the title is dropped, then get their HTML level.
    rendered.push({ type: block.type, level: block.type === "heading" ? (block.depth ?? 1) : null, runs });
  }
  return { nodes: gatherLists(assignHeadingLevels(dropRepeatedTitle(rendered, document.title))), unplaced };
}

/** Findings in reading order that fit the text and do not overlap an earlier one; the rest are unplaced. */
function placeable(findings: readonly Finding[], length: number): { placed: Finding[]; unplaced: Finding[] } {
  const placed: Finding[] = [];
  const unplaced: Finding[] = [];
  let end = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (finding.end <= finding.start || finding.end > length || finding.start < end) unplaced.push(finding);
    else {
      placed.push(finding);
      end = finding.end;
    }
  }
  return { placed, unplaced };
}

/** The document's blocks in order, without overlaps, plus paragraphs for any text they leave out. */
function coverText(text: string, blocks: readonly Block[]): Block[] {
  const sorted = [...blocks].filter((b) => b.end > b.start && b.start < text.length).sort((a, b) => a.start - b.start);
  const out: Block[] = [];
  let cursor = 0;
  for (const block of sorted) {
    if (block.start < cursor) continue;
    out.push(...paragraphsIn(text, cursor, block.start));
    out.push({ ...block, end: Math.min(block.end, text.length) });
    cursor = Math.min(block.end, text.length);
  }
  out.push(...paragraphsIn(text, cursor, text.length));
  return out;
}

/** Paragraphs (and "- " list items) of text[from, to), split at blank lines, trimmed of white space. */
function paragraphsIn(text: string, from: number, to: number): Block[] {
  const blocks: Block[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const raw = match[0].slice(0, to - match.index);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    // A bullet marker left between blocks (the extractor's list items start after their "- ") is not text.
    if (!body || /^[-•*▪●◦–]$/.test(body)) continue;
    const start = match.index + lead;
    blocks.push({ type: /^[-•]\s/.test(body) ? "list-item" : "paragraph", start, end: start + body.length });
  }
  return blocks;
}

/** Map heading depths to h3…h6 by rank, so the page's heading levels never skip one. */
function assignHeadingLevels(blocks: RenderBlock[]): RenderBlock[] {
  const depths = [...new Set(blocks.flatMap((b) => (b.level === null ? [] : [b.level])))].sort((a, b) => a - b);
  const levels = new Map(depths.map((depth, rank) => [depth, Math.min(3 + rank, 6)]));
  return blocks.map((b) => (b.level === null ? b : { ...b, level: levels.get(b.level) ?? 3 }));
}

function stripBullet(runs: Run[]): void {
  const first = runs[0];
  if (first?.kind === "text") {
    first.text = first.text.replace(/^\s*[-•*]\s+/, "");
    if (!first.text) runs.shift();
  }
}

/** The page's h1 already shows the title; a leading heading that repeats it (and holds no finding) is dropped. */
function dropRepeatedTitle(blocks: RenderBlock[], title: string): RenderBlock[] {
  const first = blocks[0];
  if (first?.type !== "heading" || first.runs.some((r) => r.kind === "finding")) return blocks;
  const fold = (s: string) => s.toLowerCase().replace(/\W+/g, " ").trim();
  return fold(first.runs.map((r) => r.text).join("")) === fold(title) ? blocks.slice(1) : blocks;
}

function gatherLists(blocks: RenderBlock[]): RenderNode[] {
  const nodes: RenderNode[] = [];
  for (const block of blocks) {
    const last = nodes.at(-1);
    if (block.type !== "list-item") nodes.push(block);
    else if (last?.type === "list") last.items.push(block);
    else nodes.push({ type: "list", items: [block] });
  }
  return nodes;
}
