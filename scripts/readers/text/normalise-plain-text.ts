import { joinHyphenated, wordsOf } from "./dehyphenate.ts";
import {
  bulletItemText,
  bulletKind,
  endsMidClause,
  endsSentence,
  firstWord,
  isBareBullet,
  isBylineStart,
  isDateAlone,
  isMostlyCapitalised,
  isStandaloneLine,
  startsLowerCase,
} from "./line-shape.ts";
import { removePageFurniture } from "./running-lines.ts";
import { estimateWrapWidth, wasWrapped } from "./wrap-width.ts";

/** A paragraph or list item being assembled from one or more lines. */
interface Block {
  kind: "paragraph" | "item";
  text: string;
  /** The last physical line added, which decides whether the next one continues it. */
  lastLine: string;
  indent: number;
  /** For list items, the sort of marker: items of one sort form one list even with blank lines between them. */
  marker?: string;
  /** Whether a blank line came before the block. */
  afterBlank?: boolean;
}

interface Line {
  text: string;
  indent: number;
  /** The longest line of the run of non-blank lines this one is in: a paragraph's own wrap width. */
  runWidth: number;
  /** How many lines of the run come near that width: three or more make the run a wrapped paragraph. */
  runFullLines: number;
}

/**
 * Normalises plain text to the SourceDocument conventions: list items as "- item", hard wraps and
 * page breaks inside a sentence joined, split words re-joined, white space collapsed, blocks separated
 * by a blank line (list items by a newline). Short stand-alone lines stay on their own line.
 * Form feeds, where present, mark page breaks: running headers, footers and page numbers are removed there.
 */
export function normalisePlainText(raw: string): string {
  const lines = withRunWidths(removePageFurniture(raw).split("\n").map(tidyLine).map(toLine));
  const width = estimateWrapWidth(lines.map((line) => line.text));
  const words = wordsOf(raw);
  const blocks: Block[] = [];
  let afterBlank = true;
  let bareBullet: string | undefined;
  for (const line of lines) {
    if (line.text === "") {
      afterBlank = true;
      continue;
    }
    const last = blocks.at(-1);
    const item = bulletItemText(line.text);
    if (isBareBullet(line.text)) {
      bareBullet = bulletKind(line.text);
    } else if (bareBullet !== undefined || item !== undefined) {
      blocks.push({ ...newBlock("item", item ?? line.text, line.indent), marker: bareBullet ?? bulletKind(line.text), afterBlank });
      bareBullet = undefined;
    } else if (last && (afterBlank ? continuesAcrossBreak(last, line) : continuesLine(last, line, width))) {
      last.text = join(last.text, line.text, words);
      last.lastLine = line.text;
    } else {
      blocks.push(newBlock("paragraph", line.text, line.indent));
    }
    afterBlank = false;
  }
  return blocks
    .map((block, i) => (i === 0 ? "" : sameList(blocks[i - 1], block) ? "\n" : "\n\n") + render(block))
    .join("");
}

/** Invisible characters dropped, every run of white space one space; leading space kept as indentation. */
function tidyLine(raw: string): string {
  return raw.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "").replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ").trimEnd();
}

function toLine(spaced: string): Line {
  return { text: spaced.trim(), indent: spaced.length - spaced.trimStart().length, runWidth: 0, runFullLines: 0 };
}

function withRunWidths(lines: Line[]): Line[] {
  let runStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]?.text !== "") continue;
    const run = lines.slice(runStart, i);
    const width = Math.max(0, ...run.map((line) => line.text.length));
    const full = run.filter((line) => line.text.length >= 0.8 * width).length;
    for (const line of run) Object.assign(line, { runWidth: width, runFullLines: full });
    runStart = i + 1;
  }
  return lines;
}

function newBlock(kind: Block["kind"], text: string, indent: number): Block {
  return { kind, text, lastLine: text, indent };
}

function sameList(previous: Block | undefined, block: Block): boolean {
  return previous?.kind === "item" && block.kind === "item" && (!block.afterBlank || previous.marker === block.marker);
}

function render(block: Block): string {
  return block.kind === "item" ? `- ${block.text}` : block.text;
}

/** A line directly under another continues it when the break was a wrap, not the end of a block. */
function continuesLine(last: Block, line: Line, width: number | undefined): boolean {
  const previous = last.lastLine;
  if (last.kind === "item" && line.indent > last.indent) return true;
  if (/\p{L}-$/u.test(previous) && startsLowerCase(line.text)) return true;
  if (wasWrapped(previous, firstWord(line.text), width)) return true;
  if (isStandaloneLine(previous)) return false;
  if (endsSentence(previous)) return fillsWrappedParagraph(previous, line);
  if (startsLowerCase(line.text) || (previous.length >= 50 && endsMidClause(previous))) return true;
  // A long line of prose that stops mid-sentence where the next word would not have fitted was wrapped,
  // unless what follows is itself a title or an address line ("D1, Parkside, Colchester CO4 3ZL").
  const prose = !isMostlyCapitalised(previous) && !isMostlyCapitalised(line.text);
  return previous.length >= 50 && prose && wasWrapped(previous, firstWord(line.text), line.runWidth);
}

/**
 * Text copied from a PDF wraps with proportional fonts, so no column width fits: a full line of prose in a
 * run of full lines, followed by prose, is a wrap even when a sentence ends with the line.
 */
function fillsWrappedParagraph(previous: string, line: Line): boolean {
  if (line.runWidth < 50 || line.runFullLines < 3 || previous.length < 0.85 * line.runWidth) return false;
  // A short line without a full stop after a finished sentence is a heading ("What needs to improve").
  const heading = line.text.length < 0.6 * line.runWidth && !endsSentence(line.text);
  return !heading && !isMostlyCapitalised(previous) && !isMostlyCapitalised(line.text);
}

/** After a blank line, only a sentence cut by a page break goes on: "in the longer\n\nterm. There…". */
function continuesAcrossBreak(last: Block, line: Line): boolean {
  if (last.text.length < 40 || endsSentence(last.text) || isStandaloneLine(last.lastLine) || isBylineStart(line.text) || isDateAlone(line.text)) return false;
  return startsLowerCase(line.text) || (last.text.length >= 60 && endsMidClause(last.text));
}

function join(left: string, right: string, words: ReadonlySet<string>): string {
  if (/\p{L}-$/u.test(left) && /^[\p{L}\d]/u.test(right)) return joinHyphenated(left, right, words);
  return `${left} ${right}`;
}
