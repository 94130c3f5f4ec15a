/**
 * Find the lexicon's cues in a sentence and weigh them: negation flips a cue, a contrast
 * clause ("but …", "however …") carries the verdict, a fronted concession ("although …,")
 * counts for less, and a low quantifier turns praise into a shortfall.
 */
import { PatternGate } from "../../nlp/pattern-gate.ts";
import { sortSmall } from "../stable-sort.ts";
import type { LexiconEntry } from "./lexicon.ts";
import { CONTEXT, GOOD_PRACTICE, HEDGES, HIGH_QUANTIFIERS, NEGATIVE, POSITIVE, RECOMMENDATION } from "./lexicon.ts";

/** A cue found in a sentence, with its final weight. */
export interface FoundCue {
  kind: LexiconEntry["kind"];
  points: LexiconEntry["points"];
  weight: number;
  start: number;
  end: number;
}

// A negator scopes over the next few words, up to punctuation ("not yet resulting in consistently good").
const NEGATOR = /\b(?:not(?! only)|n't|never|no longer|no|rarely|seldom|without|lack of|neither|nor|cannot)\s+(?:[^\s,;:.]+\s+){0,4}$/;
// A negated verb of showing governs its whole clause: "do not demonstrate how decisions are informed by reflective
// discussion" denies the praise, however many words away it is (until a "but" or "however" turns the sentence).
const NEGATED_CLAUSE = /\b(?:not|n't|never|rarely|seldom)\s+(?:always |consistently |clearly |routinely |sufficiently |yet |fully )?(?:demonstrate|show|evidence|reflect|record|ensure|capture|explain|set out|consider|identify|articulate|make clear)s?\s+(?:how|that|whether|what|why|the extent)\b(?:(?!\bbut\b|\bhowever\b)[^.;])*$/;
const LOW_QUANTIFIER = /\b(?:a small minority of|a minority of|a few|few|not all|a small number of|only some|too few)\b/;

const RECOMMENDATION_AND_CONTEXT = [...RECOMMENDATION, ...CONTEXT];

// The clause patterns (clauseWeighing).
const CONTRAST = /(?:,|;|\s)\s*(?:but|however|yet)\b(?!\s+(?:also|not))|^however\b|^but\b/;
// Every match of CONTRAST has one of these words at a word's start: where the gate finds none, CONTRAST is not run.
const CONTRAST_WORDS = /\b(?:but|however|yet)\b/;
const FRONTED = /^(?:however,\s*)?(?:although|though|while|whilst|whereas|despite|notwithstanding|when|where|if|once|as a result of)\b[^,]*,/;
// A concession or a history told in passing ("set up after years of failings") weighs little against the main clause.
const DESPITE = /\b(?:despite|in spite of|apart from|except for|other than)\b[^,.;]*|\bafter (?:years|decades|a decade|a (?:long )?(?:history|period|series)) of [\w'’-]+(?: (?!(?:is|are|was|were|has|have|had|continues?|remains?)\b)[\w'’-]+)?/;
// A purpose clause states a goal, not an achievement: "… in order to provide a comprehensive overview".
const PURPOSE = /\b(?:in order to|so as to|so that|to ensure|to make sure|is intended to|are intended to|aimed at|with the aim of|(?:harder|difficult|hard|unable|struggl\w+|fail\w*) (?:for \w+ )?to)\b/;

// Most entries cannot match a given sentence: one pass over it tells which can. The gate numbers the
// patterns in this order, so each group's flags start at its offset. The clause patterns are gated too.
const GATE = new PatternGate(
  [...NEGATIVE, ...POSITIVE, ...HEDGES, ...RECOMMENDATION_AND_CONTEXT].map((entry) => entry.pattern).concat(HIGH_QUANTIFIERS, GOOD_PRACTICE, CONTRAST_WORDS, FRONTED, DESPITE, PURPOSE),
);
const NEGATIVE_AT = 0;
const POSITIVE_AT = NEGATIVE_AT + NEGATIVE.length;
const HEDGES_AT = POSITIVE_AT + POSITIVE.length;
const RECOMMENDATION_AND_CONTEXT_AT = HEDGES_AT + HEDGES.length;
const HIGH_QUANTIFIERS_AT = RECOMMENDATION_AND_CONTEXT_AT + RECOMMENDATION_AND_CONTEXT.length;
const GOOD_PRACTICE_AT = HIGH_QUANTIFIERS_AT + 1;
const CONTRAST_AT = GOOD_PRACTICE_AT + 1;
const FRONTED_AT = CONTRAST_AT + 1;
const DESPITE_AT = FRONTED_AT + 1;
const PURPOSE_AT = DESPITE_AT + 1;

// matchAll clones its global RegExp on every call (tens of clones per sentence): exec in place instead.
function eachMatch(pattern: RegExp, text: string, found: (start: number, end: number) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    found(m.index, m.index + m[0].length);
  }
}

/** All cues of a folded sentence, weighted by negation, clause position and quantifiers. */
export function findCues(folded: string): FoundCue[] {
  const open = GATE.open(folded);
  const clauses = clauseWeights(folded, open);
  const cues: FoundCue[] = [];
  // NEGATIVE runs once: its matches mask positive words and become cues below. (Plain loops over the groups'
  // open entries: this runs on every sentence, and callbacks per entry and match cost allocations.)
  const negativeMatches: { entry: LexiconEntry; start: number; end: number }[] = [];
  for (let i = 0; i < NEGATIVE.length; i++) {
    if (open[NEGATIVE_AT + i] !== 1) continue;
    const entry = NEGATIVE[i]!;
    const { pattern } = entry;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      if (m[0].length === 0) pattern.lastIndex++;
      negativeMatches.push({ entry, start: m.index, end: m.index + m[0].length });
    }
  }
  for (let i = 0; i < POSITIVE.length; i++) {
    if (open[POSITIVE_AT + i] !== 1) continue;
    const entry = POSITIVE[i]!;
    const { pattern } = entry;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
      if (m[0].length === 0) pattern.lastIndex++;
      const start = m.index;
      const end = start + m[0].length;
      // A positive word inside a negative phrase ("not consistently", "not clear") is that phrase's.
      if (negativeMatches.some((s) => s.start <= start && end <= s.end)) continue;
      const negated = NEGATOR.test(folded.slice(Math.max(0, start - 60), start)) || NEGATED_CLAUSE.test(folded.slice(Math.max(0, start - 160), start));
      const low = LOW_QUANTIFIER.test(folded.slice(Math.max(0, start - 80), start));
      const flip = negated || low;
      cues.push({
        kind: negated ? "negation" : low ? "quantifier" : entry.kind,
        points: flip ? "improvement" : "strength",
        weight: entry.weight * clauses(start),
        start,
        end,
      });
    }
  }
  const shortfall = (entry: LexiconEntry, start: number, end: number): void => {
    // A negated shortfall ("does not drift", "no delay") is weak praise.
    const negated = entry.kind !== "negation" && NEGATOR.test(folded.slice(Math.max(0, start - 20), start));
    cues.push({
      kind: negated ? "negation" : entry.kind,
      points: negated ? "strength" : "improvement",
      weight: (negated ? 0.4 : entry.weight) * clauses(start),
      start,
      end,
    });
  };
  for (const m of negativeMatches) shortfall(m.entry, m.start, m.end);
  for (let i = 0; i < HEDGES.length; i++) {
    if (open[HEDGES_AT + i] !== 1) continue;
    const entry = HEDGES[i]!;
    eachMatch(entry.pattern, folded, (start, end) => shortfall(entry, start, end));
  }
  for (let i = 0; i < RECOMMENDATION_AND_CONTEXT.length; i++) {
    if (open[RECOMMENDATION_AND_CONTEXT_AT + i] !== 1) continue;
    const entry = RECOMMENDATION_AND_CONTEXT[i]!;
    eachMatch(entry.pattern, folded, (start, end) => void cues.push({ kind: entry.kind, points: entry.points, weight: entry.weight, start, end }));
  }
  if (open[HIGH_QUANTIFIERS_AT] === 1) {
    eachMatch(HIGH_QUANTIFIERS, folded, (start, end) => {
      cues.push({ kind: "quantifier", points: "strength", weight: 0.4 * clauses(start), start, end });
    });
  }
  return dropOverlaps(dropTrajectoryObjects(cues));
}

/**
 * A cue wholly inside a trajectory pointing the other way is what the trajectory says changed: "reduced its reliance
 * on agency staff" is progress, and "reliance on agency" within it is not a shortfall of its own.
 */
function dropTrajectoryObjects(cues: FoundCue[]): FoundCue[] {
  if (cues.length <= 1) return cues;
  const trajectories = cues.filter((c) => c.kind === "trajectory");
  if (trajectories.length === 0) return cues;
  return cues.filter(
    (c) => c.kind === "trajectory" || c.kind === "quantifier" || !trajectories.some((t) => t.points !== c.points && t.start <= c.start && c.end <= t.end),
  );
}

/** Where a folded sentence first holds practice up as an example for others (lexicon.ts GOOD_PRACTICE), if it does. */
export function findGoodPractice(folded: string): { start: number; end: number } | null {
  // The gate has usually just read this sentence for its cues: it answers again without a second pass.
  if (GATE.open(folded)[GOOD_PRACTICE_AT] === 0) return null;
  GOOD_PRACTICE.lastIndex = 0;
  const m = GOOD_PRACTICE.exec(folded);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * Weight by clause: after "but"/"however"/"yet" a clause carries the verdict (x1.5, before it x0.7);
 * a fronted "although/while/despite …," clause counts x0.4; a mid-sentence "despite …" phrase x0.3.
 */
function clauseWeights(folded: string, open: Uint8Array): (offset: number) => number {
  // Read on first asking: most sentences have no cue to weigh, and then the four patterns need not run.
  let weigh: ((offset: number) => number) | undefined;
  return (offset) => (weigh ??= clauseWeighing(folded, open))(offset);
}

/** The clause weights of a folded sentence; `open` is the gate's answer for it (a pattern it closes cannot match). */
function clauseWeighing(folded: string, open: Uint8Array): (offset: number) => number {
  const contrast = open[CONTRAST_AT] === 1 ? CONTRAST.exec(folded) : null;
  const fronted = open[FRONTED_AT] === 1 ? FRONTED.exec(folded) : null;
  const despite = open[DESPITE_AT] === 1 ? DESPITE.exec(folded) : null;
  const purpose = open[PURPOSE_AT] === 1 ? PURPOSE.exec(folded) : null;
  return (offset) => {
    if (fronted && offset < fronted.index + fronted[0].length) return 0.4;
    if (purpose && purpose.index > 0 && offset > purpose.index) return 0.3;
    if (despite && despite.index > 0 && offset >= despite.index && offset < despite.index + despite[0].length) return 0.3;
    if (contrast && contrast.index > 0) return offset >= contrast.index ? 1.5 : 0.7;
    return 1;
  };
}

/** Where cues pointing the same way overlap, keep the weightier (then the longer): one judgement counts once. */
function dropOverlaps(cues: FoundCue[]): FoundCue[] {
  // Most sentences have no cue or one: nothing can overlap, and sorting would only copy.
  if (cues.length <= 1) return cues;
  const sorted = sortSmall([...cues], (a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: FoundCue[] = [];
  for (const cue of sorted) {
    const clash = kept.some(
      (k) => k.points === cue.points && cue.start < k.end && k.start < cue.end && !(k.kind === "quantifier") && !(cue.kind === "quantifier"),
    );
    if (!clash) kept.push(cue);
  }
  return sortSmall(kept, (a, b) => a.start - b.start || a.end - b.end);
}
