import { z } from "zod";

/** A theme of the taxonomy: the front matter of content/themes/<id>.mdx. */
export const ThemeSchema = z.object({
  /** Stable id, used in URLs and finding labels. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Human label. */
  label: z.string(),
  /** What the theme covers. */
  definition: z.string(),
  /**
   * Words and phrases that tag a finding with the theme. Lower-case entries match any case;
   * an entry written with capitals (an acronym that is also a word, e.g. "SEND") matches only
   * with those capitals. Single words also match their plural and -ed/-ing forms; phrases
   * match literally, with an optional plural on the last word.
   */
  triggers: z.array(z.string()),
  /** Triggers that count only with a second cue in the same sentence. */
  ambiguous: z.array(z.string()).default([]),
  /** How the ambiguous triggers are disambiguated, in words. */
  disambiguation: z.string().optional(),
  /**
   * Second cues for the ambiguous triggers: an ambiguous trigger counts only when a
   * non-ambiguous trigger of the same theme, or one of these words or phrases, is in the sentence.
   */
  cues: z.array(z.string()).default([]),
  /** Framework areas the theme belongs to. */
  framework: z.array(z.string()).default([]),
});

export type Theme = z.infer<typeof ThemeSchema>;

/** Section headings and the grade scale: content/taxonomy.json. */
export const TaxonomySchema = z.object({
  /** Lower-case headings keyed by the stance they give what stands under them: findings, improvement, context. */
  sectionHeadings: z.object({
    findings: z.array(z.string()),
    improvement: z.array(z.string()),
    context: z.array(z.string()),
  }),
  grades: z.object({
    /** Ofsted's four grades, best first. */
    scale: z.array(z.string()),
    /** Other wordings of each grade, keyed by the grade. */
    aliases: z.record(z.string(), z.array(z.string())),
    /** ILACS judgement areas. */
    judgementAreas: z.array(z.string()),
    /** What is and is not graded, in words. */
    note: z.string().optional(),
  }),
});

export type Taxonomy = z.infer<typeof TaxonomySchema>;
