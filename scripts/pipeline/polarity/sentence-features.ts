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
import type { FeatureVocabulary } from "./feature-vocabulary.ts";
import { ListedSink, NamedSink, type FeatureSink, type ListedFeatures } from "./feature-sink.ts";
import { ruleVerdict, type RuleVerdict } from "./rule-verdict.ts";
import { listedWords, namedWords, type WordKeys } from "./word-keys.ts";

// The word tokens live in word-tokens.ts; their definition is read from here too.
export { WORD, wordTokens } from "./word-tokens.ts";

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

/** The rule engine's verdict recorded among a sentence's features (the next sentence reads it). */
export function ruleVerdictOf(features: SentenceFeatures): Polarity {
  return features.rules.polarity;
}
