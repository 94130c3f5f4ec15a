import { z } from "zod";

/** Why a label was given: the cue that fired, so a reader can check the machine's reasoning. */
export const CueSchema = z.object({
  /** What sort of evidence this is. */
  kind: z.enum([
    "section", // the heading the finding stands under (a section prior)
    "list", // the stance of a list's lead-in ("Inspectors highlighted:")
    "lexicon", // an evaluative word or phrase from the domain lexicon
    "quantifier", // "most", "a small minority of", "too many"
    "hedge", // "not consistently", "variable", "gaps remain"
    "negation", // a negated positive ("do not always attend")
    "modal", // "should", "needs to", "recommends"
    "contrast", // the clause after "however" / "but" carries the verdict
    "trajectory", // "has improved", "continues to be more to do"
    "context", // a scope or method pattern ("Inspectors looked at")
    "good-practice", // held up as an example for others
    "theme", // a theme trigger
    "authority", // an authority mention
    "curation", // a curator's correction
  ]),
  /** The words of the source that fired the cue (or the heading, for a section prior). */
  text: z.string(),
  /** What the cue pointed to: a polarity, a theme id or an authority code. */
  points: z.string(),
  /** Signed weight the cue contributed (positive towards `points`). */
  weight: z.number(),
});

export type Cue = z.infer<typeof CueSchema>;
