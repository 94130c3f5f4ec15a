import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Extraction } from "../../src/schemas/index.ts";
import { CorrectionReportSchema, type CorrectionReport } from "../../src/schemas/correction.ts";
import { applyCorrections } from "./apply-corrections.ts";
import { correctionsPath, loadCorrections } from "./load-corrections.ts";

/** Build step: apply the curation file (default content/corrections.json) to an extraction. */
export function curateExtraction(extraction: Extraction, path = correctionsPath()): { extraction: Extraction; report: CorrectionReport } {
  return applyCorrections(extraction, loadCorrections(path));
}

/** One line for the build report: "corrections: 3 applied, 1 missing (f-…)". */
export function describeCorrectionReport(report: CorrectionReport): string {
  const missing = report.missing.length > 0 ? ` (${report.missing.join(", ")}: finding no longer present; review the correction)` : "";
  return `corrections: ${report.applied.length} applied, ${report.missing.length} missing${missing}`;
}

/**
 * Write the report (generated/corrections-report.json by default) for the site's methodology page,
 * which prefers it: once the build has written the curated extraction, re-applying the file there
 * could no longer tell what each correction changed.
 */
export async function writeCorrectionReport(report: CorrectionReport, outFile: string): Promise<void> {
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, `${JSON.stringify(CorrectionReportSchema.parse(report), null, 1)}\n`);
}
