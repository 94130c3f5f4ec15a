/**
 * The ways a regular expression's match can begin: a set of strings, one of which every match
 * starts with, read off the pattern's syntax tree. It over-approximates (assertions and
 * lookarounds are ignored, and an opening stops where the pattern stops being literal), so a text
 * holding none of the openings surely has no match.
 */
import { parseRegExpLiteral } from "@eslint-community/regexpp";
import type { AST } from "@eslint-community/regexpp";

// Sets larger than this are not worth gating on: the pattern can begin almost anywhere.
const MAX_OPENINGS = 2_048;
// A class of more characters than this ends an opening: listing every choice would multiply the set.
const MAX_CLASS = 8;

/** What a part of a pattern can begin with; `open` marks the strings after which anything may follow. */
interface Prefixes {
  /** Each at most the width asked for; shorter ones are where a match may end (or, if open, go on unknown). */
  strings: Set<string>;
  open: Set<string>;
}

class TooMany extends Error {}

/**
 * Strings of `minWidth` to `maxWidth` characters, one of which starts every match of `pattern`,
 * as long as the pattern allows (the longest width whose set stays small), or null when a match
 * can be shorter than `minWidth`, begin with too many different strings, or needs a feature this
 * does not read (case-insensitive matching, `.`, negated classes and back-references at the start).
 */
export function matchOpenings(pattern: RegExp, minWidth = 2, maxWidth = 8): Set<string> | null {
  if (pattern.ignoreCase) return null;
  let tree: AST.RegExpLiteral;
  try {
    tree = parseRegExpLiteral(pattern);
  } catch {
    return null;
  }
  for (let width = maxWidth; width >= minWidth; width--) {
    try {
      const { strings } = disjunction(tree.pattern.alternatives, width);
      if ([...strings].every((s) => s.length >= minWidth)) return strings;
      return null;
    } catch (error) {
      if (!(error instanceof TooMany)) throw error;
    }
  }
  return null;
}

/**
 * True when every match of `pattern` starts at a word boundary or a line start (`\b` or `^`
 * before anything it consumes), so that, with openings that begin with a word character, a match
 * can only start a word.
 */
export function startsAtWordBoundary(pattern: RegExp): boolean {
  try {
    return alternativesStartAtBoundary(parseRegExpLiteral(pattern).pattern.alternatives);
  } catch {
    return false;
  }
}

function alternativesStartAtBoundary(alternatives: readonly AST.Alternative[]): boolean {
  return alternatives.every((alternative) => {
    for (const element of alternative.elements) {
      if (element.type === "Assertion") {
        if ((element.kind === "word" && !element.negate) || element.kind === "start") return true;
        if (element.kind === "lookahead" || element.kind === "lookbehind") continue;
        return false;
      }
      if (element.type === "Group" || element.type === "CapturingGroup") return alternativesStartAtBoundary(element.alternatives);
      return false;
    }
    return false;
  });
}

function disjunction(alternatives: readonly AST.Alternative[], width: number): Prefixes {
  const out: Prefixes = { strings: new Set(), open: new Set() };
  for (const alternative of alternatives) {
    const prefixes = sequence(alternative.elements, width);
    for (const s of prefixes.strings) out.strings.add(s);
    for (const s of prefixes.open) out.open.add(s);
    if (out.strings.size > MAX_OPENINGS) throw new TooMany();
  }
  return out;
}

function sequence(elements: readonly AST.Element[], width: number): Prefixes {
  let prefixes: Prefixes = { strings: new Set([""]), open: new Set() };
  for (const element of elements) prefixes = concat(prefixes, element, width);
  return prefixes;
}

/** Each prefix followed by what `element` can match, cut to `width`; open and full prefixes stay as they are. */
function concat(prefixes: Prefixes, element: AST.Element, width: number): Prefixes {
  const out: Prefixes = { strings: new Set(), open: new Set(prefixes.open) };
  const byRoom = new Map<number, Prefixes>();
  for (const p of prefixes.strings) {
    if (p.length >= width || prefixes.open.has(p)) {
      out.strings.add(p);
      continue;
    }
    const room = width - p.length;
    let next = byRoom.get(room);
    if (next === undefined) {
      next = elementPrefixes(element, room);
      byRoom.set(room, next);
    }
    for (const q of next.strings) {
      const joined = p + q;
      out.strings.add(joined);
      if (next.open.has(q)) out.open.add(joined);
    }
    if (out.strings.size > MAX_OPENINGS) throw new TooMany();
  }
  return out;
}

const ANYTHING: Prefixes = { strings: new Set([""]), open: new Set([""]) };
const NOTHING: Prefixes = { strings: new Set([""]), open: new Set() };

function elementPrefixes(element: AST.Element, width: number): Prefixes {
  switch (element.type) {
    case "Assertion":
      // Zero-width: a boundary or a lookaround only narrows where a match stands.
      return NOTHING;
    case "Character":
      return characters(String.fromCodePoint(element.value));
    case "CharacterSet":
      // \s, \d, \w, `.` and properties hold more than MAX_CLASS characters.
      return ANYTHING;
    case "CharacterClass":
      return characters(characterClass(element));
    case "Group":
    case "CapturingGroup":
      return disjunction(element.alternatives, width);
    case "Quantifier":
      return repeated(element, width);
    default:
      return ANYTHING;
  }
}

function repeated(quantifier: AST.Quantifier, width: number): Prefixes {
  const { min, max, element } = quantifier;
  const out: Prefixes = { strings: new Set(min === 0 ? [""] : []), open: new Set() };
  let reached: Prefixes = NOTHING;
  // Past `width` repetitions every prefix is either full or already reached with fewer.
  const last = Math.min(max, Math.max(min, width));
  for (let n = 1; n <= last; n++) {
    reached = concat(reached, element, width);
    if (n >= min) {
      for (const s of reached.strings) out.strings.add(s);
      for (const s of reached.open) out.open.add(s);
    }
  }
  // More repetitions than counted may follow a prefix that is not full: what comes next is unknown.
  if (max > last) for (const s of reached.strings) if (s.length < width) out.open.add(s);
  return out;
}

function characters(chars: string | null): Prefixes {
  return chars === null ? ANYTHING : { strings: new Set(chars), open: new Set() };
}

function characterClass(node: AST.CharacterClass): string | null {
  if (node.negate) return null;
  let chars = "";
  for (const item of node.elements) {
    if (item.type === "Character") chars += String.fromCodePoint(item.value);
    else if (item.type === "CharacterClassRange") {
      if (item.max.value - item.min.value > MAX_CLASS) return null;
      for (let c = item.min.value; c <= item.max.value; c++) chars += String.fromCodePoint(c);
    } else return null;
    if (chars.length > MAX_CLASS) return null;
  }
  return chars;
}
