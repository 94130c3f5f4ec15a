/**
 * Turn a model decision into cues a reader can check: each feature that weighed in the decision,
 * named by the source words (or heading, or list lead-in) that fired it, with its contribution to
 * the chosen label's log-odds as its weight, weightiest first.
 */
import type { Cue } from "../../../src/schemas/cue.ts";
import type { Polarity } from "../../../src/schemas/finding.ts";
import type { FeatureVocabulary } from "./feature-vocabulary.ts";
import type { Contributions } from "./polarity-model.ts";
import { sortSmall } from "../stable-sort.ts";
import type { SentenceFeatures } from "./sentence-features.ts";

// Contributions smaller than this barely moved the decision (a sixth of a unit of log-odds: "a", "for", "there"
// weigh about that little), and half of all cues were that small; a panel of the twelve weightiest is enough to check it.
const MIN_CONTRIBUTION = 0.15;
const MAX_CUES = 12;
// A weak decision still shows what weighed most for it, however little.
const MIN_CUES = 3;

/** The cues behind a decision for `polarity`, ordered by their weight in it; `contributions` as scoring gives them, or as [name, part, slot?] pairs. */
export function explainDecision(text: string, features: SentenceFeatures, contributions: Contributions | Iterable<readonly [string, number, number?]>, polarity: Polarity): Cue[] {
  const { names, parts, slots } = "names" in contributions ? contributions : listContributions(contributions);
  // Features fired by the same words as the same sort of evidence (the rules' verdict and the cue that gave it,
  // "should" as a modal both ways) are one cue to a reader: their contributions add up. A sentence has a few dozen
  // features and fewer groups, kept in the order they first appear: each feature's group is found by a scan that
  // compares kinds, then spans, then words where the spans differ, with no string cut, hashed or allocated per feature.
  const listed = features.listed;
  const kinds = listed ? kindsOf(listed.vocabulary) : null;
  let count = 0;
  for (let c = 0; c < names.length; c++) {
    const name = names[c]!;
    const slot = slots[c]!;
    // The rules' verdict is shown as the evidence that chiefly gave it (a cue's words, the heading, the lead-in).
    const named = listed && kinds && slot >= 0 ? kindOfId(kinds, listed.ids[slot]!, name) : cueKind(name);
    const kind = named === RULES ? features.rules.kind : named;
    if (kind === null) continue;
    // Features the vocabulary numbers are found by their place in the sentence's lists, not by name.
    const source = listed && slot >= 0 ? listed.sources[slot] : features.sources.get(name);
    let outside: string | null = null;
    let start = 0;
    let end = 0;
    if (source === undefined) outside = "";
    else if ("outside" in source) outside = source.outside;
    else [start, end] = [source.start, source.end];
    // A sentence under no heading still has a section prior ("other"): say so rather than quote nothing.
    if (kind === "section" && (outside === null ? start === end : outside === "")) outside = "(no heading)";
    const group = groupOf(count, kind, text, outside, start, end);
    if (group >= 0) {
      GROUPS.weights[group]! += parts[c]!;
      continue;
    }
    GROUPS.kinds[count] = kind;
    GROUPS.outside[count] = outside;
    GROUPS.starts[count] = start;
    GROUPS.ends[count] = end;
    GROUPS.weights[count++] = parts[c]!;
  }
  // The weightiest cues, and at least MIN_CUES whatever their weight. Sorted by weight, every cue of MIN_CONTRIBUTION
  // or more comes before every lighter one, so the lighter ones are needed only when too few are heavy. When every
  // heavy cue is kept, ordering them by magnitude first changes nothing: the last sort is stable, and cues it ties
  // (same weight, same words) are tied by magnitude too, so they stay in the order they came in either way.
  const heavy = cuesOf(count, text, polarity, true);
  if (heavy.length >= MIN_CUES && heavy.length <= MAX_CUES) return sortSmall(heavy, byWeight);
  sortSmall(heavy, byMagnitude);
  const kept = heavy.length >= MIN_CUES ? heavy : heavy.concat(sortSmall(cuesOf(count, text, polarity, false), byMagnitude).slice(0, MIN_CUES - heavy.length));
  return sortSmall(kept.slice(0, MAX_CUES), byWeight);
}

/** The pairs given as the lists scoring gives (a pair without a slot is found by name). */
function listContributions(pairs: Iterable<readonly [string, number, number?]>): Contributions {
  const out: Contributions = { names: [], parts: [], slots: [] };
  for (const [name, part, slot] of pairs) {
    out.names.push(name);
    out.parts.push(part);
    out.slots.push(slot ?? -1);
  }
  return out;
}

// The sentence's groups of evidence as parallel lists, the first `count` entries this sentence's (one sentence is
// explained at a time). A group's words are `outside` when they are not the sentence's, else its span of the sentence.
const GROUPS = { kinds: [] as Cue["kind"][], outside: [] as (string | null)[], starts: [] as number[], ends: [] as number[], weights: [] as number[] };

/** The group among the first `count` of `kind` with the same words (outside words, or the span `start`–`end` of `text`); -1 for none. */
function groupOf(count: number, kind: Cue["kind"], text: string, outside: string | null, start: number, end: number): number {
  const { kinds, starts, ends } = GROUPS;
  for (let g = 0; g < count; g++) {
    if (kinds[g] !== kind) continue;
    const other = GROUPS.outside[g]!;
    if (outside === null) {
      if (other === null ? (starts[g] === start && ends[g] === end) || sameSpanWords(text, starts[g]!, ends[g]!, start, end) : other.length === end - start && text.startsWith(other, start)) return g;
    } else if (other === null ? outside.length === ends[g]! - starts[g]! && text.startsWith(outside, starts[g]!) : other === outside) return g;
  }
  return -1;
}

/** Whether two spans of `text` hold the same characters. */
function sameSpanWords(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** The cues of the first `count` groups (those of a hundredth or more), heavy (MIN_CONTRIBUTION or more, rounded) or light, in group order. */
function cuesOf(count: number, text: string, polarity: Polarity, heavy: boolean): Cue[] {
  const cues: Cue[] = [];
  for (let g = 0; g < count; g++) {
    const weight = GROUPS.weights[g]!;
    if (Math.abs(weight) < 0.01) continue;
    const rounded = Math.round(weight * 100) / 100;
    if (Math.abs(rounded) >= MIN_CONTRIBUTION !== heavy) continue;
    const words = GROUPS.outside[g] ?? text.slice(GROUPS.starts[g], GROUPS.ends[g]);
    cues.push({ kind: GROUPS.kinds[g]!, text: words, points: polarity, weight: rounded });
  }
  return cues;
}

/** Weightiest first, then by their words. */
function byWeight(a: Cue, b: Cue): number {
  return b.weight - a.weight || byText(a.text, b.text);
}

/** Weightiest first either way, then by their words. */
function byMagnitude(a: Cue, b: Cue): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || byText(a.text, b.text);
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
