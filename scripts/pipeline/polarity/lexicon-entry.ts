/** A lexicon entry and how the lexicon's modules write one. */
import type { Cue } from "../../../src/schemas/cue.ts";

/** A lexicon entry: a pattern, the label it points to, its weight and the sort of cue it is. */
export interface LexiconEntry {
  pattern: RegExp;
  points: "strength" | "improvement" | "recommendation" | "context";
  weight: number;
  kind: Cue["kind"];
}

/** An entry whose pattern is made global, as the cue finder runs it. */
export const e = (pattern: RegExp, points: LexiconEntry["points"], weight: number, kind: Cue["kind"]): LexiconEntry => ({
  pattern: new RegExp(pattern.source, "g"),
  points,
  weight,
  kind,
});
