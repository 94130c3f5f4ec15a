import { z } from "zod";
import { DocumentSchema } from "./document.ts";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Count = z.number().int().nonnegative();

/**
 * What happened, in an authority's later documents, to a finding that raised something
 * (an area to improve or a recommendation):
 * resolved = the next later document that speaks of the theme reports only strengths on it;
 * recurring = it reports only areas to improve or recommendations on it;
 * mixed = it reports both;
 * not-revisited = no later document speaks of the theme (or it cannot be followed: see NotRevisitedBecause).
 */
export const OutcomeSchema = z.enum(["resolved", "recurring", "mixed", "not-revisited"]);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** Words a reader sees for each outcome (colour only reinforces them). */
export const OUTCOME_LABEL: Record<Outcome, string> = {
  resolved: "Resolved",
  recurring: "Recurring",
  mixed: "Mixed",
  "not-revisited": "Not revisited",
};

/** Why an outcome is not-revisited. */
export const NotRevisitedBecauseSchema = z.enum([
  "no-theme", // the finding has no theme, so there is nothing to follow
  "undated", // its document has no date, so it cannot be placed before or after the others
  "no-later-document", // the authority has no dated document after this one
  "theme-not-revisited", // later documents exist but none has a judged finding on the theme
]);
export type NotRevisitedBecause = z.infer<typeof NotRevisitedBecauseSchema>;

/** The polarities that carry a judgement. */
export const JudgedPolaritySchema = z.enum(["strength", "improvement", "recommendation"]);
export type JudgedPolarity = z.infer<typeof JudgedPolaritySchema>;

/** Counts of judged findings. */
export const JudgedCountsSchema = z.object({ strengths: Count, improvements: Count, recommendations: Count });
export type JudgedCounts = z.infer<typeof JudgedCountsSchema>;

/** A later document's findings on the raised finding's theme(s). */
export const FollowUpSchema = z.object({
  documentId: z.string(),
  /** Date of the document (published, else first inspection day). */
  date: IsoDate,
  /** The raised finding's themes that this document has judged findings on. */
  themes: z.array(z.string()),
  /** How many strengths, areas to improve and recommendations it has on those themes. */
  counts: JudgedCountsSchema,
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

/** The deciding document, with example finding ids (those sharing most themes first). */
export const DecisiveFollowUpSchema = FollowUpSchema.extend({
  /** Up to EXAMPLES_PER_POLARITY (5) linked finding ids per polarity; the full set is the document's findings on `themes`. */
  examples: z.object({
    strength: z.array(z.string()),
    improvement: z.array(z.string()),
    recommendation: z.array(z.string()),
  }),
});
export type DecisiveFollowUp = z.infer<typeof DecisiveFollowUpSchema>;

/** Which way a mixed outcome leans: at least two thirds strengths, at most one third, or in between. */
export const MixedLeanSchema = z.enum(["mostly-strengths", "even", "mostly-raised"]);
export type MixedLean = z.infer<typeof MixedLeanSchema>;

/** Words for the way a mixed outcome leans. */
export const LEAN_WORDS: Record<MixedLean, string> = {
  "mostly-strengths": "mostly strengths",
  even: "evenly balanced",
  "mostly-raised": "mostly raised again",
};

/** The outcome of one raised finding for one authority, with its evidence and its reason in words. */
export const FindingOutcomeSchema = z.object({
  /** The raised finding. */
  findingId: z.string(),
  documentId: z.string(),
  /** ONS code of the authority whose later documents were followed. */
  authority: z.string(),
  /** Date of the raised finding's document, or null when undated. */
  date: IsoDate.nullable(),
  polarity: z.enum(["improvement", "recommendation"]),
  /** The raised finding's themes (what was followed). */
  themes: z.array(z.string()),
  outcome: OutcomeSchema,
  /** Set when the outcome is not-revisited. */
  notRevisitedBecause: NotRevisitedBecauseSchema.nullable(),
  /** The later document whose findings decided the outcome (the next one that speaks of the theme), or null. */
  decidedBy: DecisiveFollowUpSchema.nullable(),
  /** For mixed outcomes, which way the deciding document leans; null otherwise. */
  mixedLean: MixedLeanSchema.nullable(),
  /** The outcome in words: "raised again in 2024: 2 areas to improve on management oversight and decision-making". */
  reason: z.string(),
  /** The documents after the deciding one that speak of the theme, in date order: what happened next. */
  later: z.array(FollowUpSchema),
});
export type FindingOutcome = z.infer<typeof FindingOutcomeSchema>;

/** A column of an authority's trajectory: one document. */
export const TrajectoryDocumentSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  kind: DocumentSchema.shape.kind,
  /** Published date, else first inspection day, else the end of the latest year its text dates (see `dateImplied`); null when none. */
  date: IsoDate.nullable(),
  /** True when `date` is only implied by the years the text mentions ("Since October 2018 …"): shown as "about 2018". */
  dateImplied: z.boolean().default(false),
  inspectionType: DocumentSchema.shape.inspection.shape.type,
});
export type TrajectoryDocument = z.infer<typeof TrajectoryDocumentSchema>;

/** A row of an authority's trajectory: one theme across its documents. */
export const ThemeTrajectorySchema = z.object({
  theme: z.string(),
  /** One cell per document, in the order of AuthorityTrajectory.documents. */
  cells: z.array(JudgedCountsSchema),
  /** True when areas to improve or recommendations on the theme stand in two or more dated documents. */
  recurring: z.boolean(),
});
export type ThemeTrajectory = z.infer<typeof ThemeTrajectorySchema>;

/** How many raised findings had each outcome. */
export const OutcomeCountsSchema = z.object({
  raised: Count,
  resolved: Count,
  recurring: Count,
  mixed: Count,
  /** Of mixed: leaning to strengths (at least two thirds). */
  mixedMostlyStrengths: Count,
  /** Of mixed: leaning to areas to improve and recommendations (at most one third strengths). */
  mixedMostlyRaised: Count,
  notRevisited: Count,
  /** Of notRevisited: findings with no theme. */
  noTheme: Count,
  /** Of notRevisited: findings in undated documents. */
  undated: Count,
  /** Of notRevisited: findings with no later dated document. */
  noLaterDocument: Count,
});
export type OutcomeCounts = z.infer<typeof OutcomeCountsSchema>;

/** One authority's themes × documents, in date order. */
export const AuthorityTrajectorySchema = z.object({
  authority: z.string(),
  name: z.string(),
  slug: z.string(),
  region: z.string(),
  /** Dated documents oldest first, then undated ones (which cannot be ordered). */
  documents: z.array(TrajectoryDocumentSchema),
  /** Themes with at least one judged finding, recurring ones first, then by label order of ids. */
  themes: z.array(ThemeTrajectorySchema),
  counts: OutcomeCountsSchema,
});
export type AuthorityTrajectory = z.infer<typeof AuthorityTrajectorySchema>;

/** Outcomes of findings raised on one theme. */
export const ThemeOutcomesSchema = OutcomeCountsSchema.extend({ theme: z.string() });
export type ThemeOutcomes = z.infer<typeof ThemeOutcomesSchema>;

/** Outcomes within a group of raised findings (a region, an inspection type). */
export const GroupOutcomesSchema = z.object({
  /** Region name, or inspection type id ("unknown" when the document gives none). */
  key: z.string(),
  counts: OutcomeCountsSchema,
  themes: z.array(ThemeOutcomesSchema),
});
export type GroupOutcomes = z.infer<typeof GroupOutcomesSchema>;

/** One end of a turnaround: a finding with enough to show and link it. */
export const TurnaroundEndSchema = z.object({
  findingId: z.string(),
  documentId: z.string(),
  date: IsoDate,
  text: z.string(),
});

/** An area to improve (or recommendation), then a strength on the same theme in the next document that spoke of it. */
export const TurnaroundSchema = z.object({
  authority: z.string(),
  theme: z.string(),
  raised: TurnaroundEndSchema,
  strength: TurnaroundEndSchema,
});
export type Turnaround = z.infer<typeof TurnaroundSchema>;

/** Corpus-wide figures. */
export const TrajectorySummarySchema = z.object({
  overall: OutcomeCountsSchema,
  /** Per theme (a finding with two themes counts for each), most raised first. */
  byTheme: z.array(ThemeOutcomesSchema),
  /** Per region of the authority. */
  byRegion: z.array(GroupOutcomesSchema),
  /** Per inspection type of the raised finding's document. */
  byInspectionType: z.array(GroupOutcomesSchema),
  /** Turnaround examples, one per authority, theme and pair of documents, newest first. */
  turnarounds: z.array(TurnaroundSchema),
});
export type TrajectorySummary = z.infer<typeof TrajectorySummarySchema>;

/** generated/trajectories.json: what computeTrajectories returns. */
export const TrajectoriesSchema = z.object({
  /** Hash of the extraction's documents and labels, so a reader can tell the file is stale. */
  fingerprint: z.string(),
  /** The linking rule, in words, for the methodology page. */
  rule: z.string(),
  /** Authorities with more than one document, by name. */
  authorities: z.array(AuthorityTrajectorySchema),
  /** Finding id → its outcomes (one per authority followed; usually one). */
  outcomes: z.record(z.string(), z.array(FindingOutcomeSchema)),
  summary: TrajectorySummarySchema,
});
export type Trajectories = z.infer<typeof TrajectoriesSchema>;
