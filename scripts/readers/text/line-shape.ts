/** Small tests on a single line of plain text, shared by the wrap joiner and the bullet finder. */

// A list marker the way text copies of web pages, PDFs and word processors write one.
// Bullet characters: ASCII, typographic, geometric shapes and dingbats, and the private-use bullets of Symbol and Wingdings fonts.
const MARKS = "-*•·▪◦‣●○■□–—◼◻◾◽▫►▸➢➤✓✔❖◆◇\uf0a7\uf0b7\uf0d8\uf076";
const BULLET = new RegExp(`^(?:[${MARKS}]|\\d{1,2}[.)]|\\(\\d{1,2}\\)|\\(?[a-z]\\)|\\(?[ivx]{1,4}\\))\\s+(?=\\S)|^[•▪●■◦◼\\uf0a7\\uf0b7](?=\\S)`);
const BARE_BULLET = new RegExp(`^(?:[${MARKS}]|\\d{1,2}[.)]|\\(\\d{1,2}\\)|\\(?[a-z]\\)|\\(?[ivx]{1,4}\\))$`);

// Words a sentence cannot end on, so a line ending on one runs on to the next.
const RUN_ON_WORDS = new Set(
  "a an the and or but nor of to in on at by for from with into onto than that which who whose whom where when while as is are was were be been has have had not no its their our his her this these those such very more most less some all any each both either".split(" "),
);

/** The item text when the line starts with a list marker ("• ", "1. ", "(a) "…), else undefined. */
export function bulletItemText(line: string): string | undefined {
  const match = BULLET.exec(line);
  return match ? line.slice(match[0].length) : undefined;
}

/** The sort of list marker a line starts with ("number", "letter", or the bullet character), so two lists of different sorts stay apart. */
export function bulletKind(line: string): string {
  if (/^\(?\d/.test(line)) return "number";
  if (/^\(?[a-z]{1,4}\)/.test(line)) return "letter";
  return line.charAt(0);
}

/** True when the line is a list marker and nothing else (PDF copies put the item on the next line). */
export function isBareBullet(line: string): boolean {
  return BARE_BULLET.test(line);
}

/** True when the line ends a sentence or introduces what follows ("Inspectors found:"). */
export function endsSentence(line: string): boolean {
  return /[.!?:][)"'’”\]]*$/.test(line) || /\[\.\.\.\]$|…$/.test(line);
}

/** True when the line starts with a lower-case letter, as the continuation of a wrapped sentence does. */
export function startsLowerCase(line: string): boolean {
  return /^[("'‘“]?\p{Ll}/u.test(line);
}

/** True when the line ends on a comma or a word a sentence cannot end on ("the", "of", "and"…). */
export function endsMidClause(line: string): boolean {
  if (/[,–—-]$/.test(line)) return true;
  // Only the line's end matters; matching a long word back from there is quadratic.
  const lastWord = /([\p{L}']+)$/u.exec(line.slice(-40))?.[1]?.toLowerCase();
  return lastWord !== undefined && RUN_ON_WORDS.has(lastWord);
}

/**
 * True for a short line that stands on its own: a heading, an address line, a salutation, a navigation link.
 * Such lines are mostly capitalised words; the tail of a wrapped sentence ("in the longer") is not.
 */
export function isStandaloneLine(line: string): boolean {
  if (line.length > 40) return false;
  return line.split(" ").filter((word) => /\p{L}/u.test(word)).length <= 1 || isMostlyCapitalised(line);
}

/** True when at least half the words start with a capital: a title, a name, an address; prose is mostly lower case. */
export function isMostlyCapitalised(line: string): boolean {
  const words = line.split(" ").filter((word) => /\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length;
  return capitalised >= words.length / 2;
}

/** The line's first word, for asking whether it would have fitted on the line before. */
export function firstWord(line: string): string {
  return line.split(" ", 1)[0] ?? "";
}

// A byline under a headline: "by Alex Morgan on March 7, 2023 in Children", "by Jo Lindsay, Local Democracy Reporter".
const BYLINE_START = /^by\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+on\s|\s*[,|–-]|\s*$)/u;

/** True when the line is a byline: lower-case "by", yet not the end of the sentence above it. */
export function isBylineStart(line: string): boolean {
  return BYLINE_START.test(line);
}

// A date alone on its line, as under a headline: "3 June 2024", "Tuesday, March 28, 2017".
const DATE_ALONE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9},?\s+\d{4}|\p{L}{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})$/u;

/** True when the line is a date and nothing else: a dateline, not the rest of a sentence. */
export function isDateAlone(line: string): boolean {
  return DATE_ALONE.test(line);
}
