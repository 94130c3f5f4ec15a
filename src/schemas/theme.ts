import { z } from "zod";

/** A theme of the taxonomy: the front matter of content/themes/<id>.mdx. */
export const ThemeSchema = z.object({
  /** Stable id, used in URLs and finding labels. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Human label. */
  label: z.string(),
  /** What the theme covers. */
  definition: z.string(),
  /** Lower-case words and phrases that tag a finding with the theme. */
  triggers: z.array(z.string()),
  /** Triggers that count only with a second cue in the same sentence. */
  ambiguous: z.array(z.string()).default([]),
  /** How the ambiguous triggers are disambiguated, in words. */
  disambiguation: z.string().optional(),
  /** Framework areas the theme belongs to. */
  framework: z.array(z.string()).default([]),
});

export type Theme = z.infer<typeof ThemeSchema>;
