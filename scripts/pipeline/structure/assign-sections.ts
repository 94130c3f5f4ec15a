/**
 * Give every block that is not furniture its role (heading, lead-in or body) and the section it
 * stands under; a lead-in ("Inspectors highlighted:") gives the list after it a stance.
 */
import { isHeadingLike, isLeadIn, isSubstantive, wordCount } from "./line-patterns.ts";
import { isKnownHeading, sectionKindOf } from "./section-kinds.ts";
import type { SectionHeadings } from "./section-kinds.ts";
import type { FlatBlock } from "./flatten-blocks.ts";
import { isVerdictLine } from "./verdict-lines.ts";
import type { ListStance, SectionKind } from "../tree-types.ts";

/** Assign roles and sections to the blocks from `bodyStart` on. */
export function assignSections(blocks: FlatBlock[], bodyStart: number, headings: SectionHeadings): void {
  let section: string | null = null;
  let kind: SectionKind = "other";
  let stance: FlatBlock["data"]["listStance"] = null;
  // The depth of the heading that opened an improvement or recommendations section, where the reader knows depths:
  // its sub-headings ("Priority and immediate action", "Help and protection") stay in that section.
  let openedAt: { depth: number; kind: SectionKind } | null = null;
  for (const [i, block] of blocks.entries()) {
    if (i < bodyStart || block.data.role === "furniture" || block.data.role === "title") continue;
    const t = block.text.trim();
    // A reader's heading hint is overruled by a long full sentence: a paragraph set in a larger font.
    const hintedHeading = block.node.type === "heading" && !(isSubstantive(t) && wordCount(t) > 12);
    // A sentence that introduces a list ("Inspectors also identified some areas for improvement:") is its lead-in, even
    // when it names a known heading: the section it would open would outlast the list.
    const leadsList = !block.inList && !hintedHeading && isLeadIn(t) && REPORTED_LEAD.test(t) && blocks[i + 1]?.inList === true && !isVerdictLine(t);
    // A verdict ("The overall judgement is good.", "Children's services in X are good because:") is a heading even with its full stop.
    if (!block.inList && !leadsList && (hintedHeading || isHeadingLike(t) || isKnownHeading(t, headings) || isVerdictLine(t))) {
      block.data.role = "heading";
      section = t.replace(/(?<![:\s])[:\s]+$/, ""); // the lookbehind keeps a long run from backtracking in quadratic time
      kind = sectionKindOf(section, headings);
      const depth = block.node.type === "heading" ? block.node.depth : null;
      if (kind === "other" && openedAt && depth !== null && depth > openedAt.depth) kind = openedAt.kind;
      else openedAt = (kind === "improvement" || kind === "recommendations") && depth !== null ? { depth, kind } : null;
      stance = null;
      continue;
    }
    if (!block.inList && isLeadIn(t) && nextIsList(blocks, i)) {
      block.data.role = "lead-in";
      stance = stanceOf(t);
      continue;
    }
    block.data.role = "body";
    block.data.section = section;
    block.data.sectionKind = kind;
    block.data.listStance = block.inList ? stance : null;
    if (!block.inList) stance = null;
  }
}

function nextIsList(blocks: FlatBlock[], i: number): boolean {
  const next = blocks[i + 1];
  return next !== undefined && (next.inList || wordCount(next.text) > 0);
}

// A clause that reports what was found, as a list's lead-in says it; a heading is a bare noun phrase ("Areas for improvement:").
const REPORTED_LEAD = /\b(?:identified|found|highlighted|noted|said|praised|raised|set out|listed|included?|includes|were|was|are|is|has|have)\b/i;

const POSITIVE_LEAD = /\b(highlight\w*|praised?|strengths?|positives?|good practice|well|working well|commended|found|noted|identified)\b/i;
const NEGATIVE_LEAD = /\b(concerns?|weakness\w*|shortcomings?|improve\w*|areas? for|criticis\w*|failings?|not)\b/i;
const RECOMMEND_LEAD = /\b(recommend\w*|should|must|needs? to|next steps)\b/i;

/** The stance a lead-in gives its list: recommendations, shortfalls, or (weakly) what inspectors found. */
function stanceOf(text: string): ListStance | null {
  if (RECOMMEND_LEAD.test(text)) return { polarity: "recommendation", weight: 1.5, text };
  if (NEGATIVE_LEAD.test(text)) return { polarity: "improvement", weight: 1.5, text };
  if (POSITIVE_LEAD.test(text)) return { polarity: "strength", weight: /found|noted|identified/i.test(text) ? 0.6 : 1, text };
  return null;
}
