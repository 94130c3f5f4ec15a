import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { z } from "zod";
import { PolaritySchema } from "../../src/schemas/finding.ts";
import { DocumentSchema } from "../../src/schemas/document.ts";

/** One gold finding of shared/gold/*.jsonl (annotation.md). */
export const GoldFindingSchema = z.object({
  text: z.string(),
  polarity: PolaritySchema,
  /** The other label a mixed sentence may take; a prediction equal to it is right too. */
  also: PolaritySchema.optional(),
  themes: z.array(z.string()),
  authorities: z.array(z.string()),
  goodPractice: z.boolean(),
});
export type GoldFinding = z.infer<typeof GoldFindingSchema>;

/** Grade slugs of the gold files and the contract's grade each stands for. */
const GOLD_GRADE_ALIASES: Record<string, string> = { "requires-improvement": "requires improvement to be good" };

/** The document fields a gold line gives (a subset of DocumentSchema's). */
export const GoldDocumentFieldsSchema = z.object({
  kind: DocumentSchema.shape.kind,
  publisher: z.string().nullable(),
  published: z.string().nullable(),
  inspection: z.object({
    type: DocumentSchema.shape.inspection.shape.type,
    dates: z.array(z.string()),
    // The gold files write the grade as a slug ("requires-improvement"); the contract spells it out.
    judgement: z.preprocess((grade) => GOLD_GRADE_ALIASES[String(grade)] ?? grade, DocumentSchema.shape.inspection.shape.judgement),
  }),
  authorities: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type GoldDocumentFields = z.infer<typeof GoldDocumentFieldsSchema>;

/** One line of a gold file. */
export const GoldDocumentSchema = GoldDocumentFieldsSchema.extend({
  /** Path of the annotated file, relative to the parent of shared/ ("shared/corpus/seeds/001_….txt"). */
  doc: z.string(),
  /** True when every finding of the document is annotated. */
  complete: z.boolean().optional(),
  findings: z.array(GoldFindingSchema),
  /** Strings of the page that must never become findings. */
  leaks: z.array(z.string()),
});
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;

/** A gold document with the absolute path and SHA-256 of the file it annotates. */
export interface LoadedGold extends GoldDocument {
  path: string;
  sha256: string;
}

/** Reads a gold JSONL file; `doc` paths resolve against the parent of the shared directory. */
export async function loadGold(goldFile: string, sharedDir: string): Promise<LoadedGold[]> {
  const lines = (await readFile(goldFile, "utf8")).split("\n").filter((line) => line.trim() !== "");
  return Promise.all(
    lines.map(async (line, index) => {
      const parsed = GoldDocumentSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${goldFile} line ${index + 1}: ${parsed.error.message}`);
      const path = resolve(sharedDir, "..", parsed.data.doc);
      const sha256 = createHash("sha256")
        .update(await readFile(path))
        .digest("hex");
      return { ...parsed.data, path, sha256 };
    }),
  );
}
