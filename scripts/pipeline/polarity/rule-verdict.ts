/**
 * The rule engine's own verdict, kept as one of the polarity model's features (the model learns how
 * far to trust it): the section prior, a list's lead-in, directive openings, then the balance of the
 * weighed cues. Its thresholds are the hand-set ones the engine used before the model; they decide
 * nothing by themselves now.
 */
import type { Polarity } from "../../../src/schemas/finding.ts";
import { GERUND_DIRECTIVE, IMPERATIVE, UNAMBIGUOUS_IMPERATIVE } from "./directive-patterns.ts";
import type { FoundCue } from "./find-cues.ts";
import { GOOD_PRACTICE } from "./lexicon.ts";
import type { SentencePlace } from "./sentence-features.ts";

/** The label the rules give a folded sentence with its cues, at its place. */
export function ruleVerdict(folded: string, found: readonly FoundCue[], place: SentencePlace): Polarity {
  const total = (points: FoundCue["points"]): number => found.filter((c) => c.points === points).reduce((s, c) => s + c.weight, 0);
  if (place.sectionKind === "recommendations") return "recommendation";
  if (place.sectionKind === "improvement") {
    const explicit = IMPERATIVE.test(folded) || found.some((c) => c.points === "recommendation" && /should|must|recommend/.test(folded.slice(c.start, c.end)));
    return explicit ? "recommendation" : "improvement";
  }
  let net = total("strength") - total("improvement");
  if (place.listStance) {
    if (place.listStance.polarity === "recommendation") return "recommendation";
    net += place.listStance.polarity === "strength" ? place.listStance.weight : -place.listStance.weight;
  }
  if (UNAMBIGUOUS_IMPERATIVE.test(folded) || (place.inList && GERUND_DIRECTIVE.test(folded))) return "recommendation";
  const recommendation = total("recommendation");
  GOOD_PRACTICE.lastIndex = 0;
  const praised = GOOD_PRACTICE.test(folded) && net > 0;
  if (recommendation >= 1.5 && !praised && recommendation + 0.5 >= total("improvement")) return "recommendation";
  const context = total("context");
  if (context >= 2 && Math.abs(net) < 2.5) return "context";
  // Background sections describe; there only a clear judgement counts. Elsewhere praise is the norm of findings.
  const background = place.sectionKind === "context";
  const band = background ? 1.5 : 0.3;
  if (!background && place.docKind !== "commentary") net += 0.3;
  if (net >= band) return "strength";
  if (net <= -band) return "improvement";
  return "context";
}
