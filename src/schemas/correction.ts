import { z } from "zod";
import { PolaritySchema } from "./finding.ts";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const FindingId = z.string().regex(/^f-[0-9a-f]{12}$/);
const ThemeId = z.string().regex(/^[a-z0-9-]+$/);
const OnsCode = z.string().regex(/^E(06|08|09|10)\d{6}$/);

/**
 * A curator's correction of one finding (content/corrections.json). Each label field is
 * optional: a field that is given replaces the finding's value; a correction with none of
 * them confirms the finding as it stands (it is still marked reviewed).
 */
export const CorrectionSchema = z.object({
  /** Id of the finding to correct (the `#f-…` of its permalink). */
  findingId: FindingId,
  /** The right polarity, when the machine's was wrong. */
  polarity: PolaritySchema.optional(),
  /** The complete, right list of theme ids (replaces the machine's list). */
  themes: z.array(ThemeId).optional(),
  /** The complete, right list of ONS codes the finding is about (replaces the machine's list; [] for a national statement). */
  authorities: z.array(OnsCode).optional(),
  /** Why: shown to readers as the curation cue, so write it for them. */
  note: z.string().min(1),
  /** Who made the correction. */
  curator: z.string().min(1),
  /** When (ISO date). */
  date: IsoDate,
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** The curation file: an explanation for people, an optional worked example, and the corrections applied at build time. */
export const CorrectionsFileSchema = z.object({
  /** How to use the file, for curators (ignored by the build). */
  $comment: z.string().optional(),
  /** A worked example of one correction (ignored by the build; validated so it stays a true example). */
  $example: CorrectionSchema.optional(),
  /** The corrections, applied in order (a later one for the same finding wins field by field). */
  corrections: z.array(CorrectionSchema),
});
export type CorrectionsFile = z.infer<typeof CorrectionsFileSchema>;

/** The labels a correction can change. */
export const CorrectedFieldSchema = z.enum(["polarity", "themes", "authorities"]);
export type CorrectedField = z.infer<typeof CorrectedFieldSchema>;

/** The labels of a finding before or after a correction. */
const LabelsSchema = z.object({
  polarity: PolaritySchema,
  themes: z.array(z.string()),
  authorities: z.array(z.string()),
});

/** A correction that found its finding, with what it changed. */
export const AppliedCorrectionSchema = z.object({
  findingId: FindingId,
  /** Document the finding belongs to (for the permalink /reports/<documentId>/#<findingId>). */
  documentId: z.string(),
  /** Fields whose value changed; empty when the correction confirmed the labels. */
  changed: z.array(CorrectedFieldSchema),
  before: LabelsSchema,
  after: LabelsSchema,
  note: z.string(),
  curator: z.string(),
  date: IsoDate,
});
export type AppliedCorrection = z.infer<typeof AppliedCorrectionSchema>;

/** What applying the curation file did: shown on the build report and counted in the methodology figures. */
export const CorrectionReportSchema = z.object({
  /** Corrections applied, in file order. */
  applied: z.array(AppliedCorrectionSchema),
  /** Finding ids of corrections whose finding is no longer in the extraction (its text or document changed): review them. */
  missing: z.array(FindingId),
});
export type CorrectionReport = z.infer<typeof CorrectionReportSchema>;
