import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { CorrectionReportSchema, type CorrectionReport } from "../../src/schemas/correction.ts";

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
