/**
 * Set apart what is not body text: the head of a letter or page (address blocks, dates,
 * salutation, title, bylines, navigation), the sign-off and what follows it, and the tail
 * of a saved web page (related stories, subscription offers, footers).
 */
import {
  endsSentence,
  isChromeLine as matchesChrome,
  isContactLine,
  isDateLine,
  isHeadingLike,
  isInspectorTitle,
  isNameLine,
  isNavigationLine,
  isSalutation,
  isSignOff,
  isSubstantive,
  isTeamOrSourceLine,
  NEWSPAPER_NAME_ENDINGS,
  wordCount,
} from "./line-patterns.ts";
import type { FlatBlock } from "./flatten-blocks.ts";
import { markDuplicates } from "./mark-duplicates.ts";
import { markReportTemplate } from "./mark-report-template.ts";
import { markAuthorNote, markPressReleaseEnd, markWebTail } from "./web-tail.ts";
import { isGradeList, isJudgementTableRow } from "./verdict-lines.ts";

/** Mark furniture blocks in place; returns the index of the first body block. */
export function markFurniture(blocks: FlatBlock[]): number {
  chromeAnswers = new Map();
  try {
    const bodyStart = markHead(blocks);
    markSignOff(blocks, bodyStart);
    markReportTemplate(blocks, bodyStart, { furniture, isChromeLine });
    markLineFurniture(blocks, bodyStart);
    const helpers = { furniture, isChromeLine };
    markPressReleaseEnd(blocks, bodyStart, helpers);
    markWebTail(blocks, bodyStart, helpers);
    markAuthorNote(blocks, bodyStart, helpers);
    markDuplicates(blocks, furniture);
    return bodyStart;
  } finally {
    chromeAnswers = new Map();
  }
}

// The chrome test runs a long pattern over a whole block, and several of the rules below ask it of the
// same block: each block's text is tested once per document.
let chromeAnswers = new Map<string, boolean>();

function isChromeLine(text: string): boolean {
  let answer = chromeAnswers.get(text);
  if (answer === undefined) chromeAnswers.set(text, (answer = matchesChrome(text)));
  return answer;
}

function furniture(block: FlatBlock, reason: string): void {
  block.data.role = "furniture";
  block.data.furniture = reason;
}

const INSPECTION_TITLE = /^(?:inspection of|focused visit|monitoring visit|joint targeted area inspection|joint inspection)\b/i;

/** A letter's subject line, even with a full stop ("Focused visit to Hackney children's services."). */
function isInspectionTitle(text: string): boolean {
  return INSPECTION_TITLE.test(text) && wordCount(text) <= 20 && !/[.!?]\s+\S/.test(text.trim());
}

/**
 * Everything before the first substantive sentence is head: title, address, date, salutation, navigation.
 * In a letter the body starts after "Dear …", whatever sentence-like lines (an addressee with a full stop) stand above it.
 */
function markHead(blocks: FlatBlock[]): number {
  const isBodyStart = (b: FlatBlock) => isSubstantive(b.text) && !isSalutation(b.text) && !isChromeLine(b.text) && !isInspectionTitle(b.text);
  let greeting = blocks.findIndex((b, i) => i < HEAD_LIMIT && isSalutation(b.text));
  // A "Dear …" after paragraphs of text is a letter quoted in an article, not this document's greeting.
  if (blocks.slice(0, Math.max(0, greeting)).filter(isBodyStart).length > 2) greeting = -1;
  let first = blocks.findIndex((b, i) => i > greeting && isBodyStart(b));
  if (first < 0) first = blocks.length;
  const salutation = greeting >= 0 && greeting < first ? greeting : -1;
  let title: FlatBlock | undefined;
  // A letter's title is its subject line, after "Dear …"; otherwise the first heading-like line of some length.
  const candidates = blocks.slice(salutation >= 0 ? salutation + 1 : 0, first);
  // A web page's first line in title case with a headline under it is the site's name ("Association of Directors of Children's Services"),
  // and so is a first line in title case that names itself news ("ITV News Tyne Tees").
  const headlines = candidates.filter((b) => isTitleCandidate(b));
  const webPage = blocks.slice(0, first).some((b) => isChromeLine(b.text));
  const siteName =
    (webPage || (headlines[0] !== undefined && PUBLISHER_WORD.test(headlines[0].text))) && headlines.length > 1 && headlines[0] === blocks[0] && isTitleCase(headlines[0]!.text)
      ? headlines[0]
      : undefined;
  title =
    candidates.find((b) => (isTitleCandidate(b) || isInspectionTitle(b.text)) && INSPECTION_TITLE.test(b.text)) ??
    headlines.find((b) => b !== siteName) ??
    blocks.slice(0, first).find((b) => isTitleCandidate(b));
  for (const block of blocks.slice(0, first)) {
    if (block === title) block.data.role = "title";
    else furniture(block, headReason(block.text));
  }
  return first;
}

// A letter's "Dear …" stands within its first blocks (letterhead, date, addressee, reference lines).
const HEAD_LIMIT = 25;

// A masthead: a short name in title case ending on what publishers call themselves ("Mid Devon Courier",
// "Stockport Council", "Care Leavers Together" is a name too, but ends on no such word and is passed as a title).
const MASTHEAD = new RegExp(`^(?:The )?(?:\\p{Lu}[\\p{L}'’&-]*\\s+|(?:and|of|for|&)\\s+){0,4}(?:Council|Trust|Partnership|Now|Children|${NEWSPAPER_NAME_ENDINGS})$`, "u");

// A word a news site's name carries anywhere in it ("ITV News Tyne Tees", "BBC News NI").
const PUBLISHER_WORD = /\b(?:News|Post|Chronicle|Courier|Gazette|Echo|Herald|Mail|Telegraph|Argus|Advertiser|Mercury|Online)\b/u;

/** A page's masthead or a site's name on its own line, above the headline. */
function isMasthead(text: string): boolean {
  return MASTHEAD.test(text.trim()) && wordCount(text) <= 5;
}

// Words a name in title case leaves in lower case.
const SMALL_WORDS = new Set(["a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "&"]);

/** Every word but the small ones capitalised: a name ("Association of Directors of Children's Services"), not a sentence-case headline. */
function isTitleCase(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 8 && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && SMALL_WORDS.has(w)));
}

function isTitleCandidate(block: FlatBlock): boolean {
  const t = block.text;
  return (
    (isHeadingLike(t) || block.node.type === "heading") &&
    wordCount(t) >= 3 &&
    !isChromeLine(t) &&
    !isNavigationLine(t) &&
    !isMasthead(t) &&
    !/https?:\/\/|www\./i.test(t) &&
    !isContactLine(t) &&
    !isDateLine(t) &&
    !isNameLine(t) &&
    !isSalutation(t)
  );
}

function headReason(text: string): string {
  if (isSalutation(text)) return "salutation";
  if (isDateLine(text)) return "dateline";
  if (isContactLine(text)) return "address";
  if (isChromeLine(text)) return "web-chrome";
  if (isNameLine(text)) return "byline";
  return "letter-head";
}

/** A sign-off ends the body: it and everything after it (names, titles, copies) is furniture. */
function markSignOff(blocks: FlatBlock[], bodyStart: number): void {
  const at = blocks.findIndex((b, i) => i >= bodyStart && isSignOff(b.text));
  if (at < 0) return;
  for (const block of blocks.slice(at)) furniture(block, "sign-off");
}

/** Lines inside the body that are furniture by their own look (dates, contact lines, titles of signatories). */
function markLineFurniture(blocks: FlatBlock[], bodyStart: number): void {
  for (const block of blocks.slice(bodyStart)) {
    if (block.data.role) continue;
    const t = block.text;
    if (isJudgementTableRow(t) || isGradeList(t)) furniture(block, "judgement-table");
    else if (isTeamOrSourceLine(t)) furniture(block, "inspection-team");
    else if (isDateLine(t)) furniture(block, "dateline");
    else if (isContactLine(t)) furniture(block, "address");
    else if (isInspectorTitle(t)) furniture(block, "sign-off");
    // The chrome pattern is the dear test (a long pattern over the whole block): a long paragraph of sentences is never chrome here.
    else if ((!isSubstantive(t) || wordCount(t) <= 40) && isChromeLine(t)) furniture(block, "web-chrome");
  }
}

/** True when the line could not be body text even inside the body: no sentence and no list item. */
export function isNonSentence(text: string): boolean {
  return !endsSentence(text) && isHeadingLike(text);
}
