import { z } from "zod";
import { FindingSchema } from "./finding.ts";

/** The four ILACS grades, as Ofsted words them. */
export const GradeSchema = z.enum(["outstanding", "good", "requires improvement to be good", "inadequate"]);
export type Grade = z.infer<typeof GradeSchema>;

/**
 * The theme of a joint targeted area inspection: the need or harm whose multi-agency response it
 * inspected ("front-door": identification of initial need and risk; "early-help": children and
 * families who need help; the 2016–2018 "abuse and neglect" rounds take their deep dive's theme).
 */
export const JtaiThemeSchema = z.enum([
  "front-door",
  "early-help",
  "domestic-abuse",
  "neglect",
  "exploitation",
  "sexual-abuse-in-the-family",
  "mental-health",
  "serious-youth-violence",
]);
export type JtaiTheme = z.infer<typeof JtaiThemeSchema>;

/** A block of the document's text, so the site can show its structure. */
export const BlockSchema = z.object({
  /** heading, paragraph, list item, or furniture (address block, salutation, sign-off, page furniture, web boilerplate). */
  type: z.enum(["heading", "paragraph", "list-item", "furniture"]),
  /** Offsets into the document's `text`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Heading depth (1 = title) for headings. */
  depth: z.number().int().positive().optional(),
});
export type Block = z.infer<typeof BlockSchema>;

/** One input document and what was extracted from it. */
export const DocumentSchema = z.object({
  /** Stable id: a slug of the published date, subject and kind, plus a short hash of the content. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Absolute path of the input file. */
  source: z.string(),
  /** SHA-256 of the input file's bytes (hex). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The sort of document (annotation.md). */
  kind: z.enum(["inspection-letter", "inspection-report", "news", "commentary"]),
  /** The document's title (first heading or the letter's subject line). */
  title: z.string(),
  /** Who published it: "Ofsted", or the news site. */
  publisher: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) of publication where the document gives one. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /**
   * ISO date the document itself bears (a letter's date, a report's "Report published" line, a news
   * dateline), where it gives one; Ofsted publishes a few days after it. Absent in older extractions.
   */
  dated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  inspection: z.object({
    /** The inspection the document reports or discusses. */
    type: z.enum(["focused-visit", "ilacs", "jtai", "monitoring-visit", "sif"]).nullable(),
    /** ISO dates of the inspection's fieldwork. */
    dates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
    /** Overall effectiveness grade, for graded inspections. */
    judgement: GradeSchema.nullable(),
    /** Per-area grades of graded reports. */
    judgements: z.array(z.object({ area: z.string(), grade: GradeSchema })),
    /** A joint targeted area inspection's theme, where the document names it (absent for other types). */
    theme: JtaiThemeSchema.nullable().optional(),
  }),
  /** The document's subject authorities. */
  authorities: z.array(z.object({ code: z.string(), name: z.string() })),
  findings: z.array(FindingSchema),
  /** Problems that did not stop extraction (no authority named, pages without text…). */
  warnings: z.array(z.string()).default([]),
  /** Source format the reader used. */
  format: z.enum(["text", "markdown", "html", "pdf"]),
  /** Number of PDF pages, or null. */
  pages: z.number().int().nonnegative().nullable(),
  /** The document's normalised text; finding offsets point into it. */
  text: z.string(),
  /** The structure of `text`. */
  blocks: z.array(BlockSchema),
});

export type ExtractedDocument = z.infer<typeof DocumentSchema>;
