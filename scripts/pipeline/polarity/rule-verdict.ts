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
  // In a news article the paragraph after a "What needs to improve" list is its own voice again: a reaction or a
  // past rating there is background, whatever heading it stands under.
  if (isNewsBackground(found, place)) return byCue("context");
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
  const context = total("context");
  // A reaction or a rule of the regime outweighs the modal it quotes ("the chief executive said: 'staff should be proud'").
  if (recommendation >= 1.5 && recommendation + 0.5 >= total("improvement") && context < recommendation + 0.5 && !praised()) return byCue("recommendation");
  // Background says so plainly: it stands unless the judgement it holds weighs clearly more.
  if (context >= 2 && (Math.abs(net) < 2.5 || context > 0.6 * Math.abs(net))) return byCue("context");
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

/** A strong context cue (a reaction, an earlier rating) in a news article or commentary, outside a list. */
export function isNewsBackground(found: readonly FoundCue[], place: SentencePlace): boolean {
  if ((place.docKind !== "news" && place.docKind !== "commentary") || place.inList) return false;
  let context = 0;
  for (const cue of found) if (cue.points === "context") context += cue.weight;
  return context >= 2.5;
}

function strongestCue(found: readonly FoundCue[], polarity: Polarity): FoundCue | undefined {
  let best: FoundCue | undefined;
  for (const cue of found) if (cue.points === polarity && (!best || cue.weight > best.weight)) best = cue;
  return best;
}
