/**
 * The document tree the stages share: mdast (unified) with our annotations in each node's `data`.
 * Offsets in `position` point into the SourceDocument's text.
 */
import type { Heading, List, ListItem, Paragraph, Root } from "mdast";

/** What a block is for, decided by the structure stage. */
export type BlockRole =
  | "title" // the document's title or a letter's subject line
  | "heading" // a section heading
  | "lead-in" // "Inspectors highlighted:" — introduces a list and gives it a stance
  | "furniture" // address blocks, salutations, sign-offs, bylines, datelines, web page chrome
  | "body"; // a paragraph or list item whose sentences become findings

/** Which sort of section a heading opens (themes.json sectionHeadings). */
export type SectionKind = "findings" | "improvement" | "recommendations" | "context" | "other";

/** Annotations the stages add to a block node. */
export interface BlockData {
  role?: BlockRole;
  /** Why a block is furniture (address, salutation, sign-off, byline, dateline, web-chrome, duplicate). */
  furniture?: string;
  /** The heading the block stands under. */
  section?: string | null;
  sectionKind?: SectionKind;
  /** Stance a lead-in gives the list that follows it (+ strength, - improvement), with the lead-in's words. */
  listStance?: ListStance | null;
  /** The index of the top-level block, so sentences of one paragraph can be linked. */
  blockIndex?: number;
}

/** The stance of a list's lead-in: which label its items lean to, how strongly, and the lead-in's words. */
export interface ListStance {
  polarity: "strength" | "improvement" | "recommendation";
  weight: number;
  text: string;
}

/** A block node: the nodes the structure stage makes. */
export type BlockNode = Heading | Paragraph;
export type { Heading, List, ListItem, Paragraph, Root };

/** Read our annotations off a node. */
export function blockData(node: { data?: unknown }): BlockData {
  node.data ??= {};
  return node.data as BlockData;
}
