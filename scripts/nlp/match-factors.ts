/**
 * Strings a regular expression's every match must hold somewhere, read off its syntax tree: where a
 * pattern opens on common words ("is", "was", "the council") but goes on to a rarer one ("inspected",
 * "told"), a text without any of the rarer ones cannot match, and the gate need not run the pattern.
 * Like match-openings.ts it over-approximates: lookarounds are ignored, and only literal runs count.
 */
import { parseRegExpLiteral } from "@eslint-community/regexpp";
import type { AST } from "@eslint-community/regexpp";

/** Strings one of which every match holds; `atWordStart` when each stands where a word starts in the text. */
export interface FactorSet {
  strings: Set<string>;
  atWordStart: boolean;
}

// A factor's strings are cut to this many characters: a longer prefix is hardly rarer, and a trie walk costs its length.
const MAX_LENGTH = 12;
// A union of more strings than this is no better than no gate.
const MAX_STRINGS = 256;

/**
 * Sets of strings, each of at least `minLength` characters, such that every match of `pattern` holds one string of
 * every set (so a text missing all of one set's strings cannot match); the most telling sets first, at most `most`.
 * Empty when the pattern is case-insensitive or has no such literal part.
 */
export function matchFactors(pattern: RegExp, minLength = 3, most = 2): FactorSet[] {
  if (pattern.ignoreCase) return [];
  let tree: AST.RegExpLiteral;
  try {
    tree = parseRegExpLiteral(pattern);
  } catch {
    return [];
  }
  const sets = disjunction(tree.pattern.alternatives, false, minLength);
  return sets.sort((a, b) => score(b) - score(a)).slice(0, most);
}

/** How telling a set is: its shortest string's length (a longer literal is rarer in text), sets at words' starts first (cheaper to look for). */
function score(set: FactorSet): number {
  let shortest = Infinity;
  for (const s of set.strings) shortest = Math.min(shortest, s.length);
  return shortest + (set.atWordStart ? 100 : 0);
}

/** The sets every match of one of `alternatives` meets: all of one alternative's, or one best set per alternative, joined. */
function disjunction(alternatives: readonly AST.Alternative[], atBoundary: boolean, minLength: number): FactorSet[] {
  const each = alternatives.map((alternative) => sequence(alternative.elements, atBoundary, minLength));
  if (each.length === 1) return each[0]!;
  const union: FactorSet = { strings: new Set(), atWordStart: true };
  for (const sets of each) {
    if (sets.length === 0) return [];
    const best = sets.reduce((a, b) => (score(b) > score(a) ? b : a));
    for (const s of best.strings) union.strings.add(s);
    union.atWordStart &&= best.atWordStart;
  }
  return union.strings.size > MAX_STRINGS ? [] : [union];
}

/** The sets of one alternative: its literal runs, and the sets of its groups that must match at least once. */
function sequence(elements: readonly AST.Element[], startsAtBoundary: boolean, minLength: number): FactorSet[] {
  const sets: FactorSet[] = [];
  let run = "";
  let runAtBoundary = false;
  // Whether the position before the next element is surely a word's start or the text's (what precedes it is no \w character).
  let atBoundary = startsAtBoundary;
  const endRun = (): void => {
    if (run.length >= minLength) sets.push(runSet(run, runAtBoundary, minLength));
    run = "";
  };
  for (const element of elements) {
    if (element.type === "Character") {
      if (run === "") runAtBoundary = atBoundary;
      run += String.fromCodePoint(element.value);
    } else {
      endRun();
      if (element.type === "Group" || element.type === "CapturingGroup") sets.push(...disjunction(element.alternatives, atBoundary, minLength));
      else if (element.type === "Quantifier" && element.min >= 1 && (element.element.type === "Group" || element.element.type === "CapturingGroup")) {
        // Matched once at least: its sets hold (the first repetition stands where the quantifier does).
        sets.push(...disjunction(element.element.alternatives, atBoundary, minLength));
      }
    }
    atBoundary = boundaryAfter(element, atBoundary);
  }
  endRun();
  return sets;
}

/**
 * A literal run as a set of one string. A run that opens with characters other than \w (" inspected") is filed from
 * its first word character on, which then surely starts a word: the gate looks for those only where words start.
 */
function runSet(run: string, atBoundary: boolean, minLength: number): FactorSet {
  if (isWordChar(run.charCodeAt(0))) return { strings: new Set([run.slice(0, MAX_LENGTH)]), atWordStart: atBoundary };
  let first = 0;
  while (first < run.length && !isWordChar(run.charCodeAt(first))) first++;
  const word = run.slice(first, first + MAX_LENGTH);
  return word.length >= minLength ? { strings: new Set([word]), atWordStart: true } : { strings: new Set([run.slice(0, MAX_LENGTH)]), atWordStart: false };
}

/** Whether the position after `element` surely follows no \w character, given whether the position before it did. */
function boundaryAfter(element: AST.Element, before: boolean): boolean {
  switch (element.type) {
    case "Character":
      return !isWordChar(element.value);
    case "CharacterSet":
      return element.kind === "space" && !element.negate;
    case "CharacterClass":
      return !element.negate && element.elements.every((item) => item.type === "Character" && !isWordChar(item.value));
    case "Assertion":
      // Zero-width: the position stays; \b before a word character, or ^, makes it a word's start.
      return before || (element.kind === "word" && !element.negate) || element.kind === "start";
    case "Group":
    case "CapturingGroup":
      return element.alternatives.every((alternative) => alternative.elements.reduce((at, inner) => boundaryAfter(inner, at), before));
    case "Quantifier": {
      if (element.max === 0) return before;
      // After one repetition or more: true when the first ends at a boundary and so does any further one.
      const repeated = boundaryAfter(element.element, before) && (element.max === 1 || boundaryAfter(element.element, true));
      return repeated && (element.min >= 1 || before);
    }
    default:
      return false;
  }
}

/** A character \w matches (a-z, A-Z, 0-9, _). */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
