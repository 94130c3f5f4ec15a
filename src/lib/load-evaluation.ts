/** The accuracy figures of `npm run eval` (generated/eval.json), for the methodology page; null when not measured. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";

const RatioSchema = z.object({ precision: z.number(), recall: z.number(), f1: z.number() });

/** The parts of eval.json the site shows; other fields are ignored so the file can grow. */
export const EvaluationSchema = z.object({
  seeds: z.object({
    documents: z.array(z.unknown()),
    gold: z.number(),
    recall: z.number(),
    precision: z.number(),
    leaks: z.array(z.unknown()),
    polarity: z.object({
      accuracy: z.number(),
      macroF1: z.number(),
      perClass: z.record(z.string(), RatioSchema.extend({ support: z.number() })),
    }),
    themes: RatioSchema,
    findingAuthorities: z.object({ accuracy: z.number() }).optional(),
    goodPractice: z.object({ accuracy: z.number() }).optional(),
    targets: z.array(z.object({ name: z.string(), value: z.number(), target: z.string(), met: z.boolean() })),
  }),
  corpus: z.record(z.string(), z.unknown()).optional(),
  /** The held-out figures: cross-validation grouped by document over every gold document. */
  heldOut: z
    .object({
      folds: z.number(),
      documents: z.number(),
      findings: z.number(),
      /** Each figure with its 95% bootstrap interval over documents. */
      figures: z.record(z.string(), z.object({ value: z.number(), low: z.number(), high: z.number() })),
      /** The other kinds of document labelled by models trained on the reports alone. */
      transfer: z
        .object({ documents: z.number(), findings: z.number(), polarityAccuracy: z.number(), polarityMacroF1: z.number(), themeF1: z.number() })
        .nullable()
        .optional(),
    })
    .optional(),
});

export type Evaluation = z.infer<typeof EvaluationSchema>;

/**
 * Path of the evaluation: env EVAL_FILE, else this machine's last `npm run eval` (generated/eval.json),
 * else the figures last published with the project (content/evaluation.json, copied from a full run).
 */
export function evaluationPath(): string {
  if (process.env["EVAL_FILE"]) return resolve(process.env["EVAL_FILE"]);
  const local = resolve("generated/eval.json");
  return existsSync(local) ? local : resolve("content/evaluation.json");
}

/** The evaluation figures, or null when the file is absent or not in the expected shape. */
export function loadEvaluation(path = evaluationPath()): Evaluation | null {
  if (!existsSync(path)) return null;
  const parsed = EvaluationSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  return parsed.success ? parsed.data : null;
}
