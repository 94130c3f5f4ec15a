/**
 * What the polarity model reads of a sentence: the rule engine's cues (section, list lead-in,
 * lexicon, quantifier, hedge, negation, modal, contrast, trajectory, context pattern), the
 * sentence's place and document kind, its directive shape, and its own words and word pairs
 * (a word in a negator's scope is marked as negated). Each feature remembers where in the
 * sentence it fired, so a decision can be explained by the source's own words.
 */
import type { Polarity } from "../../../src/schemas/finding.ts";
import type { ListStance, SectionKind } from "../tree-types.ts";
import type { FoundCue } from "./find-cues.ts";
import { GERUND_DIRECTIVE, IMPERATIVE, UNAMBIGUOUS_IMPERATIVE } from "./directive-patterns.ts";
import type { FeatureVocabulary, WordFamily } from "./feature-vocabulary.ts";
import { SpanTable } from "../../nlp/span-table.ts";
import { ListedSink, NamedSink, type FeatureSink, type ListedFeatures } from "./feature-sink.ts";
import { ruleVerdict, type RuleVerdict } from "./rule-verdict.ts";

/** Where a sentence stands and what kind of document holds it. */
export interface SentencePlace {
  section: string | null;
  sectionKind: SectionKind;
  listStance: ListStance | null;
  /** True for a list item (a bare "Ensuring that …" item is a directive). */
  inList?: boolean;
  /** The document's kind ("inspection-report", "news", …), or null where unknown. */
  docKind?: string | null;
  /** The document's overall grade where it has one (an inadequate authority's report leans to shortfalls). */
  docGrade?: string | null;
  /** The rule engine's verdict on the sentence before, when it stands in the same paragraph ("This means …" follows it). */
  previousVerdict?: Polarity | null;
}

/** Where a feature fired: a span of the sentence, or the place (heading, lead-in) outside it. */
export type FeatureSource = { start: number; end: number } | { outside: string };

/** A sentence's features: name → value (0–1), and where each first fired (what an explanation quotes). */
export interface SentenceFeatures {
  values: Map<string, number>;
  sources: Map<string, FeatureSource>;
  /** The rule engine's verdict and the sort of evidence that chiefly gave it (how its `rules:` feature is explained). */
  rules: RuleVerdict;
  /** With a vocabulary: the same features as its numbers, values and sources, in the order they first fired (what scoring reads). */
  listed?: ListedFeatures;
}

const NEGATORS = new Set(["not", "no", "never", "without", "lack", "lacks", "lacking", "nor", "cannot", "neither", "rarely", "seldom", "insufficient"]);
/** A word of a folded sentence (wordTokens reads the same by hand). */
export const WORD = /[a-z][a-z'-]*[a-z]|[a-z]|\d+(?:\.\d+)?%?/g;
const HEADING_WORD = /[a-z]{3,}/g;

/**
 * The features of one folded sentence (lower-cased, offsets as in the source) with its cues and place.
 * With a `vocabulary` (the models' features), only those are kept: scoring needs no others, and most
 * word pairs of a sentence are in no model.
 */
export function sentenceFeatures(folded: string, cues: readonly FoundCue[], place: SentencePlace, vocabulary?: FeatureVocabulary): SentenceFeatures {
  if (!vocabulary) return gatherFeatures(folded, cues, place, new NamedSink(), namedWords);
  return gatherFeatures(folded, cues, place, new ListedSink(vocabulary), (text) => listedWords(text, vocabulary));
}

/**
 * The word features of a sentence: its tokens' spans, each token's key in a family, the key of the pair it opens
 * with the next, and whether it is a negator (which negates the next three words).
 */
interface WordKeys<K> {
  count: number;
  starts: readonly number[];
  ends: readonly number[];
  word(i: number, family: WordFamily): K | undefined;
  pair(i: number): K | undefined;
  negator(i: number): boolean;
}

/** Word features by name, built from the words. */
function namedWords(folded: string): WordKeys<string> {
  const { count, words, starts, ends } = readTokens(folded);
  return {
    count,
    starts,
    ends,
    word: (i, family) => `${family}:${words[i]!}`,
    pair: (i) => `b:${words[i]!}_${words[i + 1]!}`,
    negator: (i) => isNegator(words[i]!),
  };
}

function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

// The negators, looked up by a token's span (as the vocabulary's words are: no string is cut for a word).
const NEGATOR_SPANS = new SpanTable(NEGATORS);

// A sentence's tokens by span, with each one's word number in the vocabulary (-1 for none) and whether it negates:
// written over for each sentence (one sentence's features are gathered at a time).
const LISTED = { starts: [] as number[], ends: [] as number[], words: [] as number[], negators: [] as boolean[] };

/**
 * Word features by the vocabulary's numbers: each word is found by its span, with no string cut or hashed for it, and
 * its entry holds its features and the pairs it opens, by the next word's number (most words and pairs are in no
 * model, and no name is built for them). The tokens are readTokens' (a test holds both ways of reading equal).
 */
function listedWords(folded: string, vocabulary: FeatureVocabulary): WordKeys<number> {
  const { starts, ends, words, negators } = LISTED;
  let count = 0;
  eachToken(folded, (start, end, isNumber) => {
    starts[count] = start;
    ends[count] = end;
    if (isNumber) {
      // Numbers fold to one of three tokens (normaliseToken): those few are cut and looked up whole.
      const word = normaliseToken(folded.slice(start, end));
      words[count] = vocabulary.wordAt(word, 0, word.length);
      negators[count++] = isNegator(word);
    } else {
      words[count] = vocabulary.wordAt(folded, start, end);
      negators[count++] = NEGATOR_SPANS.find(folded, start, end) >= 0 || endsWithNot(folded, start, end);
    }
  });
  const entries = vocabulary.wordEntries;
  // Each family read by its own name: a read by a name held in a variable is slow whatever the entry's shape.
  return {
    count,
    starts,
    ends,
    word: (i, family) => {
      const number = words[i]!;
      if (number < 0) return undefined;
      const entry = entries[number]!;
      return family === "w" ? entry.w : family === "not" ? entry.not : family === "first" ? entry.first : entry.heading;
    },
    pair: (i) => {
      const number = words[i]!;
      const next = words[i + 1]!;
      return number < 0 || next < 0 ? undefined : entries[number]!.pairsByWord.get(next);
    },
    negator: (i) => negators[i]!,
  };
}

/** Whether the span of `text` ends in "n't" (as a word ending "n't" negates). */
function endsWithNot(text: string, start: number, end: number): boolean {
  return end - start >= 3 && text.charCodeAt(end - 3) === 110 && text.charCodeAt(end - 2) === APOSTROPHE && text.charCodeAt(end - 1) === 116;
}

function gatherFeatures<K>(folded: string, cues: readonly FoundCue[], place: SentencePlace, sink: FeatureSink<K>, wordKeys: (folded: string) => WordKeys<K>): SentenceFeatures {
  // A feature of the sentence's place: its source (the words outside the sentence) is made only when it is recorded.
  const add = (name: string, value: number, outside: string): void => {
    const key = sink.key(name);
    if (key !== undefined && sink.add(key, value)) sink.source(key, { outside });
  };
  const addSource = (name: string, value: number, source: FeatureSource): void => {
    const key = sink.key(name);
    if (key !== undefined && sink.add(key, value)) sink.source(key, source);
  };
  const addSpan = (name: string, value: number, start: number, end: number): void => {
    const key = sink.key(name);
    if (key !== undefined && sink.add(key, value)) sink.source(key, { start, end });
  };
  const addWordSpan = (key: K | undefined, start: number, end: number): void => {
    if (key !== undefined && sink.add(key, 1)) sink.source(key, { start, end });
  };

  add("bias", 1, "");
  // The place: section kind and heading words, list lead-in stance, list membership, document kind.
  const heading = place.section ?? "";
  add(named("section", place.sectionKind), 1, heading);
  for (const word of headingWords(heading)) add(named("heading", word), 1, heading);
  if (place.listStance) add(named("list", place.listStance.polarity), 1, place.listStance.text);
  // Shown to a reader as where the sentence stands: it has no words of its own.
  if (place.inList) add("in-list", 1, "(a list item)");
  add(named("doc", place.docKind ?? "unknown"), 1, "");
  if (place.docGrade) add(named("grade", place.docGrade), 1, "");

  // The rule engine's cues, summed by kind and label (weights as the lexicon and clause rules set them).
  for (const cue of cues) addSpan(cueName(cue), cue.weight / 2, cue.start, cue.end);

  // How much judgement the sentence carries at all: a sentence with no evaluative cue is likely context.
  let evaluative = 0;
  for (const c of cues) if (c.points === "strength" || c.points === "improvement") evaluative++;
  add(named("evaluative", String(Math.min(evaluative, 3))), 1, "");

  // The rule engine's verdict from those cues and the place, explained by the evidence that chiefly gave it.
  const rules = ruleVerdict(folded, cues, place);
  addSource(named("rules", rules.polarity), 1, rules.source);
  if (place.previousVerdict) add(named("previous", place.previousVerdict), 1, "");

  // Directive shapes.
  const imperative = IMPERATIVE.exec(folded);
  if (imperative) addSpan("directive:imperative", 1, 0, imperative[0].length);
  const unambiguous = UNAMBIGUOUS_IMPERATIVE.exec(folded);
  if (unambiguous) addSpan("directive:unambiguous", 1, 0, unambiguous[0].length - 2);
  const gerund = place.inList ? GERUND_DIRECTIVE.exec(folded) : null;
  if (gerund) addSpan("directive:gerund", 1, 0, gerund[0].length - 2);

  // The sentence's own words: unigrams (negated within three words of a negator), pairs, the opening word.
  const keys = wordKeys(folded);
  const { count, starts, ends } = keys;
  let negatedFor = 0;
  for (let i = 0; i < count; i++) {
    addWordSpan(keys.word(i, negatedFor > 0 ? "not" : "w"), starts[i]!, ends[i]!);
    negatedFor = keys.negator(i) ? 3 : Math.max(0, negatedFor - 1);
    if (i + 1 < count) addWordSpan(keys.pair(i), starts[i]!, ends[i + 1]!);
  }
  if (count > 0) addWordSpan(keys.word(0, "first"), starts[0]!, ends[0]!);
  if (count <= 8) add("short", 1, "");
  return sink.result(rules);
}

// Feature names are built once per (family, value) and reused: a model's lookup of a name it has hashed before is cheap.
const NAMES = new Map<string, Map<string, string>>();

/** The feature name `family:value`, the same string each time. */
function named(family: string, value: string): string {
  let byValue = NAMES.get(family);
  if (!byValue) NAMES.set(family, (byValue = new Map()));
  let name = byValue.get(value);
  if (name === undefined) byValue.set(value, (name = `${family}:${value}`));
  return name;
}

const CUE_NAMES = new Map<string, Map<string, string>>();

/** The feature name `cue:kind:points` of a cue, the same string each time (looked up by its parts, not built to be looked up). */
function cueName(cue: FoundCue): string {
  let byPoints = CUE_NAMES.get(cue.kind);
  if (!byPoints) CUE_NAMES.set(cue.kind, (byPoints = new Map()));
  let name = byPoints.get(cue.points);
  if (name === undefined) byPoints.set(cue.points, (name = named("cue", `${cue.kind}:${cue.points}`)));
  return name;
}

// A section's sentences share its heading: its words are read once, for the last heading seen.
let lastHeading = "";
let lastHeadingWords: readonly string[] = [];

/** The distinct words of three letters or more of a heading, lower-cased. */
function headingWords(heading: string): readonly string[] {
  if (heading !== lastHeading) [lastHeading, lastHeadingWords] = [heading, [...new Set(heading.toLowerCase().match(HEADING_WORD) ?? [])]];
  return lastHeadingWords;
}

/** A word of a sentence and where it stands. */
interface Token {
  word: string;
  start: number;
  end: number;
}

/**
 * The words of a folded sentence with their offsets, as WORD matches them (a run of letters, apostrophes and
 * hyphens to its last letter; a number, its decimals and a percent sign), read character by character: this runs
 * on every sentence, and a loop allocates nothing per match. WORD stays the definition; a test holds them equal.
 */
export function wordTokens(folded: string): Token[] {
  const { count, words, starts, ends } = readTokens(folded);
  return Array.from({ length: count }, (_, i) => ({ word: words[i]!, start: starts[i]!, end: ends[i]! }));
}

/** A sentence's tokens as parallel lists; the first `count` entries are the sentence's. */
interface TokenLists {
  count: number;
  words: string[];
  starts: number[];
  ends: number[];
}

// One sentence is read at a time: its tokens are written over the last one's (no object per token).
const TOKENS: TokenLists = { count: 0, words: [], starts: [], ends: [] };

/** The tokens of a folded sentence (wordTokens' words), into the shared lists: good until the next sentence is read. */
function readTokens(folded: string): TokenLists {
  const { words, starts, ends } = TOKENS;
  let count = 0;
  eachToken(folded, (start, end) => {
    words[count] = normaliseToken(folded.slice(start, end));
    starts[count] = start;
    ends[count++] = end;
  });
  TOKENS.count = count;
  return TOKENS;
}

/** Each token's span in a folded sentence, in order, and whether it is a number (whose word normaliseToken folds). */
function eachToken(folded: string, token: (start: number, end: number, isNumber: boolean) => void): void {
  let i = 0;
  while (i < folded.length) {
    const c = folded.charCodeAt(i);
    if (isLetter(c)) {
      let last = i;
      for (let j = i + 1; j < folded.length; j++) {
        const d = folded.charCodeAt(j);
        if (isLetter(d)) last = j;
        else if (d !== APOSTROPHE && d !== HYPHEN) break;
      }
      token(i, last + 1, false);
      i = last + 1;
    } else if (isDigit(c)) {
      let j = digitsEnd(folded, i);
      if (folded.charCodeAt(j) === FULL_STOP && isDigit(folded.charCodeAt(j + 1))) j = digitsEnd(folded, j + 1);
      if (folded.charCodeAt(j) === PERCENT) j++;
      token(i, j, true);
      i = j;
    } else i++;
  }
}

const [APOSTROPHE, HYPHEN, FULL_STOP, PERCENT] = ["'", "-", ".", "%"].map((c) => c.charCodeAt(0)) as [number, number, number, number];
const isLetter = (code: number): boolean => code >= 97 && code <= 122;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Where the run of digits at `from` ends. */
function digitsEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  return j;
}

/** Numbers fold to one token; plural and possessive endings stay (they carry meaning in this genre). */
function normaliseToken(token: string): string {
  const code = token.charCodeAt(0);
  if (code >= 48 && code <= 57) return token.endsWith("%") ? "#percent" : /^(?:19|20)\d\d$/.test(token) ? "#year" : "#number";
  return token;
}

/** The rule engine's verdict recorded among a sentence's features (the next sentence reads it). */
export function ruleVerdictOf(features: SentenceFeatures): Polarity {
  return features.rules.polarity;
}
