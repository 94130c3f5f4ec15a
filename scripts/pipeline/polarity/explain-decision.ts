/**
 * Turn a model decision into cues a reader can check: each feature that weighed in the decision,
 * named by the source words (or heading, or list lead-in) that fired it, with its contribution to
 * the chosen label's log-odds as its weight, weightiest first.
 */
import type { Cue } from "../../../src/schemas/cue.ts";
import type { Polarity } from "../../../src/schemas/finding.ts";
import type { FeatureVocabulary } from "./feature-vocabulary.ts";
import type { SentenceFeatures } from "./sentence-features.ts";

// Contributions smaller than this barely moved the decision (a sixth of a unit of log-odds: "a", "for", "there"
// weigh about that little), and half of all cues were that small; a panel of the twelve weightiest is enough to check it.
const MIN_CONTRIBUTION = 0.15;
const MAX_CUES = 12;
// A weak decision still shows what weighed most for it, however little.
const MIN_CUES = 3;

/** The cues behind a decision for `polarity`, ordered by their weight in it. */
export function explainDecision(text: string, features: SentenceFeatures, contributions: Iterable<readonly [string, number, number?]>, polarity: Polarity): Cue[] {
  // Features fired by the same words as the same sort of evidence (the rules' verdict and the cue that gave it,
  // "should" as a modal both ways) are one cue to a reader: their contributions add up. Groups are found by their
  // words, then kind (no key string built per feature), and kept in the order they first appear.
  const groups: Evidence[] = [];
  const byWords = new Map<string, Evidence[]>();
  // Features the vocabulary numbers are found by their place in the sentence's lists, not by name.
  const listed = features.listed;
  const kinds = listed ? kindsOf(listed.vocabulary) : null;
  for (const [name, weight, slot] of contributions) {
    // The rules' verdict is shown as the evidence that chiefly gave it (a cue's words, the heading, the lead-in).
    const named = listed && kinds && slot !== undefined ? kindOfId(kinds, listed.ids[slot]!, name) : cueKind(name);
    const kind = named === RULES ? features.rules.kind : named;
    if (kind === null) continue;
    const source = listed && slot !== undefined ? listed.sources[slot] : features.sources.get(name);
    let words = source === undefined ? "" : "outside" in source ? source.outside : text.slice(source.start, source.end);
    // A sentence under no heading still has a section prior ("other"): say so rather than quote nothing.
    if (kind === "section" && words === "") words = "(no heading)";
    const sameWords = byWords.get(words);
    const had = sameWords?.find((group) => group.kind === kind);
    if (had) {
      had.weight += weight;
      continue;
    }
    const group = { kind, text: words, weight };
    groups.push(group);
    if (sameWords) sameWords.push(group);
    else byWords.set(words, [group]);
  }
  const cues: Cue[] = [];
  for (const { kind, text: words, weight } of groups) {
    if (Math.abs(weight) < 0.01) continue;
    cues.push({ kind, text: words, points: polarity, weight: Math.round(weight * 100) / 100 });
  }
  // The weightiest cues, and at least MIN_CUES whatever their weight. Sorted by weight, every cue of MIN_CONTRIBUTION
  // or more comes before every lighter one, so the lighter ones need sorting only when too few are heavy.
  // When every heavy cue is kept, ordering them by magnitude first changes nothing: the last sort is stable, and cues
  // it ties (same weight, same words) are tied by magnitude too, so they stay in the order they came in either way.
  const heavy = cues.filter((cue) => Math.abs(cue.weight) >= MIN_CONTRIBUTION);
  if (heavy.length >= MIN_CUES && heavy.length <= MAX_CUES) return heavy.sort(byWeight);
  heavy.sort(byMagnitude);
  const kept = heavy.length >= MIN_CUES ? heavy : heavy.concat(cues.filter((cue) => Math.abs(cue.weight) < MIN_CONTRIBUTION).sort(byMagnitude).slice(0, MIN_CUES - heavy.length));
  return kept.slice(0, MAX_CUES).sort(byWeight);
}

/** Weightiest first, then by their words. */
function byWeight(a: Cue, b: Cue): number {
  return b.weight - a.weight || byText(a.text, b.text);
}

/** Weightiest first either way, then by their words. */
function byMagnitude(a: Cue, b: Cue): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || byText(a.text, b.text);
}

interface Evidence {
  kind: Cue["kind"];
  text: string;
  weight: number;
}

// Rounded weights tie often, and ties are ordered by their words: one collator (what localeCompare makes on
// each call, with the same default locale and options) serves them all.
const byText = new Intl.Collator().compare;

/** What cueKind answers for the rules' verdict, whose kind is the evidence that gave it in each sentence. */
const RULES = "rules";

// Feature names repeat from sentence to sentence: each one's kind is worked out once.
const KINDS = new Map<string, Cue["kind"] | typeof RULES | null>();

// Per vocabulary, each numbered feature's kind (undefined until first asked).
const KINDS_BY_ID = new WeakMap<FeatureVocabulary, (Cue["kind"] | typeof RULES | null | undefined)[]>();

function kindsOf(vocabulary: FeatureVocabulary): (Cue["kind"] | typeof RULES | null | undefined)[] {
  let kinds = KINDS_BY_ID.get(vocabulary);
  if (!kinds) KINDS_BY_ID.set(vocabulary, (kinds = new Array<undefined>(vocabulary.size).fill(undefined)));
  return kinds;
}

/** cueKind of the feature numbered `id` (named `name`), remembered by number. */
function kindOfId(kinds: (Cue["kind"] | typeof RULES | null | undefined)[], id: number, name: string): Cue["kind"] | typeof RULES | null {
  let kind = kinds[id];
  if (kind === undefined) kinds[id] = kind = cueKind(name);
  return kind;
}

/** Which sort of evidence a feature is (RULES for the rules' verdict); null for features that are no evidence a reader can see (the intercept). */
function cueKind(name: string): Cue["kind"] | typeof RULES | null {
  let kind = KINDS.get(name);
  if (kind === undefined) KINDS.set(name, (kind = name.startsWith("rules:") ? RULES : kindOfName(name)));
  return kind;
}

function kindOfName(name: string): Cue["kind"] | null {
  const [family, rest] = [name.slice(0, name.indexOf(":")), name.slice(name.indexOf(":") + 1)];
  switch (family) {
    case "section":
    case "heading":
      return "section";
    case "list":
      return "list";
    case "cue":
      return rest.slice(0, rest.indexOf(":")) as Cue["kind"];
    case "directive":
      return "modal";
    case "not":
      return "negation";
    case "w":
    case "b":
    case "first":
      return "lexicon";
    default:
      return name === "in-list" ? "list" : null;
  }
}
