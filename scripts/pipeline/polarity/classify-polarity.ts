/**
 * Decide a sentence's label from its cues and its place: the section prior decides the formal
 * areas for improvement and recommendations; modals mark recommendations; scope patterns mark
 * context; otherwise the weighed evaluative cues decide between strength and improvement.
 */
import type { Cue } from "../../../src/schemas/cue.ts";
import type { Polarity } from "../../../src/schemas/finding.ts";
import type { ListStance, SectionKind } from "../tree-types.ts";
import { findCues } from "./find-cues.ts";
import type { FoundCue } from "./find-cues.ts";
import { foldSentence } from "./fold-sentence.ts";
import { GOOD_PRACTICE } from "./lexicon.ts";

/** Where a sentence stands: what the classifier knows beyond its words. */
export interface SentencePlace {
  section: string | null;
  sectionKind: SectionKind;
  listStance: ListStance | null;
  /** A small lean to strength for body text of inspection findings, where praise is the norm. */
  findingsPrior: number;
  /** True for a list item (a bare "Ensuring that …" item is a directive). */
  inList?: boolean;
}

/** The classifier's verdict, with the cues that decided it. */
export interface PolarityVerdict {
  polarity: Polarity;
  confidence: number;
  cues: Cue[];
  goodPractice: boolean;
}

// Directives open with a verb in the base form: "Ensure that …", "Strengthen …", "Consider …".
const IMPERATIVE =
  /^["“']?(?:ensure|improve|strengthen|consider|develop|review|increase|reduce|make|take|work|provide|establish|implement|continue|raise|address|secure|embed|use|put|monitor|clarify|agree|extend|evaluate|undertake|update|build|enable|promote|prioritise|prioritize|complete|record|identify|tackle|focus|share|engage|assess|respond|reconsider|revise|introduce|set|maintain|sustain|progress|deliver|support)\b/;

// Outside an improvement section only verbs that are never nouns open a directive ("Ensure that …", "Improve the …"):
// "Support for care leavers is good" and "Work with families is strong" are not directives.
const UNAMBIGUOUS_IMPERATIVE =
  /^["“']?(?:ensure|improve|strengthen|consider|develop|establish|implement|raise|address|secure|embed|clarify|evaluate|undertake|enable|promote|prioritise|prioritize|identify|tackle|reconsider|revise|introduce|reduce|extend|continue to) [a-z]/;

// In a list, an item opening with a gerund is a to-do: "Ensuring that the annual report is of sufficient quality."
const GERUND_DIRECTIVE =
  /^["“']?(?:ensuring|improving|strengthening|developing|maintaining|reviewing|increasing|reducing|establishing|embedding|securing|implementing|addressing|raising|making sure|continuing to|prioritising|clarifying|extending) [a-z]/;

/** Classify one sentence. */
export function classifyPolarity(text: string, place: SentencePlace): PolarityVerdict {
  const folded = foldSentence(text);
  const found = findCues(folded);
  const cues = found.map((c) => toCue(text, c));
  const total = (points: FoundCue["points"]) => found.filter((c) => c.points === points).reduce((s, c) => s + c.weight, 0);
  const strength = total("strength");
  const improvement = total("improvement");
  const recommendation = total("recommendation");
  const context = total("context");
  const goodPractice = goodPracticeCue(text, folded);
  if (goodPractice) cues.push(goodPractice);

  const sectionCue = (points: Polarity): Cue => ({ kind: "section", text: place.section ?? "", points, weight: 3 });
  if (place.sectionKind === "recommendations") {
    return verdict("recommendation", 0.9, [sectionCue("recommendation"), ...cues], false);
  }
  if (place.sectionKind === "improvement") {
    // A directive ("Ensure that plans are specific…", "The council should…") is a recommendation; a noun phrase
    // ("The quality of supervision.") is an area for improvement.
    const imperative = IMPERATIVE.exec(folded);
    if (imperative) cues.unshift({ kind: "modal", text: text.slice(0, imperative[0].length), points: "recommendation", weight: 2 });
    const explicit = imperative !== null || found.some((c) => c.points === "recommendation" && /should|must|recommend/.test(folded.slice(c.start, c.end)));
    const label = explicit ? "recommendation" : "improvement";
    return verdict(label, 0.9, [sectionCue(label), ...cues], false);
  }

  let net = strength - improvement;
  if (place.listStance) {
    const { polarity, weight, text: lead } = place.listStance;
    if (polarity === "recommendation") return verdict("recommendation", 0.8, [{ kind: "list", text: lead, points: polarity, weight }, ...cues], false);
    net += polarity === "strength" ? weight : -weight;
    cues.unshift({ kind: "list", text: lead, points: polarity, weight });
  }

  const directive = UNAMBIGUOUS_IMPERATIVE.exec(folded) ?? (place.inList ? GERUND_DIRECTIVE.exec(folded) : null);
  if (directive) {
    const cue: Cue = { kind: "modal", text: text.slice(0, directive[0].length - 2), points: "recommendation", weight: 2 };
    return verdict("recommendation", 0.85, [cue, ...cues], false);
  }
  if (recommendation >= 1.5 && !(goodPractice && net > 0) && recommendation + 0.5 >= improvement) {
    return verdict("recommendation", clamp(0.55 + 0.12 * recommendation), cues, false);
  }
  if (context >= 2 && Math.abs(net) < 2.5) return verdict("context", clamp(0.5 + 0.1 * context), cues, false);
  // Background sections ("Service information") describe; only a clear judgement there is a finding's label.
  const background = place.sectionKind === "context";
  const band = background ? 1.5 : 0.3;
  net += background ? 0 : place.findingsPrior;
  if (net >= band) return verdict("strength", clamp(0.5 + 0.12 * net), cues, goodPractice !== null);
  if (net <= -band) return verdict("improvement", clamp(0.5 + 0.12 * -net), cues, false);
  return verdict("context", found.length === 0 ? 0.6 : 0.4, cues, false);
}

function verdict(polarity: Polarity, confidence: number, cues: Cue[], goodPractice: boolean): PolarityVerdict {
  return { polarity, confidence: Math.round(confidence * 100) / 100, cues, goodPractice };
}

function clamp(x: number): number {
  return Math.max(0, Math.min(0.95, x));
}

function toCue(text: string, cue: FoundCue): Cue {
  return { kind: cue.kind, text: text.slice(cue.start, cue.end), points: cue.points, weight: Math.round(cue.weight * 100) / 100 };
}

function goodPracticeCue(text: string, folded: string): Cue | null {
  GOOD_PRACTICE.lastIndex = 0;
  const m = GOOD_PRACTICE.exec(folded);
  return m ? { kind: "good-practice", text: text.slice(m.index, m.index + m[0].length), points: "good-practice", weight: 1 } : null;
}
