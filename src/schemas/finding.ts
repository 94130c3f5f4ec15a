import { z } from "zod";
import { CueSchema } from "./cue.ts";

/** The four labels of annotation.md. */
export const PolaritySchema = z.enum(["strength", "improvement", "recommendation", "context"]);
export type Polarity = z.infer<typeof PolaritySchema>;

/** One sentence of a document's body, or one list item, with its labels and provenance. */
export const FindingSchema = z.object({
  /** Stable id: derived from the document id and the finding's normalised text (and its occurrence number). */
  id: z.string().regex(/^f-[0-9a-f]{12}$/),
  /** The sentence as it stands in the source, with line breaks and hyphenation repaired. */
  text: z.string().min(1),
  /** The judgement the sentence carries. */
  polarity: PolaritySchema,
  /** How sure the classifier is, from 0 (a guess) to 1 (decided by structure). */
  confidence: z.number().min(0).max(1),
  /** The cues that decided polarity, themes, authorities and good practice. */
  cues: z.array(CueSchema),
  /** Theme ids from content/themes (multi-label). */
  themes: z.array(z.string()),
  /** ONS codes of the authorities the finding is about; empty for national statements. */
  authorities: z.array(z.string()),
  /** True where the text holds the finding up as an example for others. */
  goodPractice: z.boolean(),
  /** The heading the finding stands under, or null before the first heading. */
  section: z.string().nullable(),
  /** 1-based page of the source where the finding starts (PDFs); null for unpaged sources. */
  page: z.number().int().positive().nullable(),
  /** Character offset of the finding's first character in the document's `text`. */
  start: z.number().int().nonnegative(),
  /** Character offset just past the finding's last character in the document's `text`. */
  end: z.number().int().nonnegative(),
  /** Set when a curator's correction (content/corrections) changed a label. */
  reviewed: z.boolean().optional(),
});

export type Finding = z.infer<typeof FindingSchema>;
