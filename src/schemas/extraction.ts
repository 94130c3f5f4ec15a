import { z } from "zod";
import { DocumentSchema } from "./document.ts";

/** An input that could not be extracted, and why. */
export const ExtractionErrorSchema = z.object({
  /** Absolute path of the input. */
  source: z.string(),
  /** What went wrong, in words a user can act on. */
  message: z.string(),
});

/** What `npm run extract` writes: the contract the site and other tools rely on. */
export const ExtractionSchema = z.object({
  documents: z.array(DocumentSchema),
  errors: z.array(ExtractionErrorSchema),
});

export type Extraction = z.infer<typeof ExtractionSchema>;
export type ExtractionError = z.infer<typeof ExtractionErrorSchema>;
