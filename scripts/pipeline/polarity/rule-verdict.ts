/**
 * The rule engine's own verdict, kept as one of the polarity model's features (the model learns how
 * far to trust it): the section prior, a list's lead-in, directive openings, then the balance of the
 * weighed cues. Its thresholds are the hand-set ones the engine used before the model; they decide
 * nothing by themselves now.
 */
import type { Cue } from "../../../src/schemas/cue.ts";
import type { Polarity } from "../../../src/schemas/finding.ts";
import { GERUND_DIRECTIVE, IMPERATIVE, UNAMBIGUOUS_IMPERATIVE } from "./directive-patterns.ts";
import { findGoodPractice, type FoundCue } from "./find-cues.ts";
import type { FeatureSource, SentencePlace } from "./sentence-features.ts";

/** The rules' label and what chiefly gave it: the evidence a reader is shown for the verdict's part in a decision. */
export interface RuleVerdict {
  polarity: Polarity;
  kind: Cue["kind"];
  source: FeatureSource;
}

/** The label the rules give a folded sentence with its cues, at its place, with the evidence that chiefly gave it. */
export function ruleVerdict(folded: string, found: readonly FoundCue[], place: SentencePlace): RuleVerdict {
  // Summed in the cues' order, as filtering then reducing did, without a filtered copy per call.
  const total = (points: FoundCue["points"]): number => {
    let sum = 0;
    for (const c of found) if (c.points === points) sum += c.weight;
    return sum;
  };
  const heading: FeatureSource = { outside: place.section ?? "" };
  const byCue = (polarity: Polarity): RuleVerdict => {
    const strongest = strongestCue(found, polarity);
    return strongest ? { polarity, kind: strongest.kind, source: { start: strongest.start, end: strongest.end } } : { polarity, kind: "section", source: heading };
  };
  if (place.sectionKind === "recommendations") return { polarity: "recommendation", kind: "section", source: heading };
  if (place.sectionKind === "improvement") {
    const explicit = IMPERATIVE.test(folded) || found.some((c) => c.points === "recommendation" && /should|must|recommend/.test(folded.slice(c.start, c.end)));
    return { polarity: explicit ? "recommendation" : "improvement", kind: "section", source: heading };
  }
  const byLead = (polarity: Polarity): RuleVerdict => ({ polarity, kind: "list", source: { outside: place.listStance?.text ?? "" } });
  let net = total("strength") - total("improvement");
  if (place.listStance) {
    if (place.listStance.polarity === "recommendation") return byLead("recommendation");
    net += place.listStance.polarity === "strength" ? place.listStance.weight : -place.listStance.weight;
  }
  const directive = UNAMBIGUOUS_IMPERATIVE.exec(folded) ?? (place.inList ? GERUND_DIRECTIVE.exec(folded) : null);
  if (directive) return { polarity: "recommendation", kind: "modal", source: { start: 0, end: directive[0].length - 2 } };
  const recommendation = total("recommendation");
  // Praise held up as an example is no recommendation, however many modals it has (the pattern runs only where that matters).
  const praised = (): boolean => net > 0 && findGoodPractice(folded) !== null;
  if (recommendation >= 1.5 && recommendation + 0.5 >= total("improvement") && !praised()) return byCue("recommendation");
  const context = total("context");
  if (context >= 2 && Math.abs(net) < 2.5) return byCue("context");
  // Background sections describe; there only a clear judgement counts. Elsewhere praise is the norm of findings.
  const background = place.sectionKind === "context";
  const band = background ? 1.5 : 0.3;
  if (!background && place.docKind !== "commentary") net += 0.3;
  const judged: Polarity | null = net >= band ? "strength" : net <= -band ? "improvement" : null;
  if (judged) {
    const listed = place.listStance?.polarity === judged && place.listStance.weight >= (strongestCue(found, judged)?.weight ?? 0);
    return listed ? byLead(judged) : byCue(judged);
  }
  // No judgement weighed enough: a description. The strongest context cue says so, if there is one.
  return byCue("context");
}

function strongestCue(found: readonly FoundCue[], polarity: Polarity): FoundCue | undefined {
  let best: FoundCue | undefined;
  for (const cue of found) if (cue.points === polarity && (!best || cue.weight > best.weight)) best = cue;
  return best;
}
