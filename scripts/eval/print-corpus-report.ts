import type { CorpusReport } from "./corpus-checks.ts";
import { POLARITIES } from "./score-polarity.ts";
import { formatTable, percent } from "./format-table.ts";

/** Renders the label-free corpus checks as text tables, with the first failing files of each check. */
export function formatCorpusReport(report: CorpusReport): string {
  const out: string[] = [`Real reports: label-free checks (${report.reports} reports)`, ""];
  out.push(
    formatTable(
      ["check", "passed", "share"],
      report.checks.map((c) => [c.name, `${c.passed}/${c.total}`, percent(c.share)]),
    ),
  );
  out.push("", "Polarity distribution", "");
  out.push(
    formatTable(
      ["label", "findings", "share"],
      POLARITIES.map((label) => [label, String(report.polarity[label].count), percent(report.polarity[label].share)]),
    ),
  );
  const { min, median, max } = report.findingsPerReport;
  out.push("", `Findings per report: min ${min}, median ${median}, max ${max}`);
  out.push(`Kinds: ${Object.entries(report.kinds).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  out.push(`Inspection types: ${Object.entries(report.inspectionTypes).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  out.push(`Reports with warnings: ${report.withWarnings}`);

  for (const c of report.checks.filter((c) => c.failures.length > 0)) {
    out.push("", `Failing: ${c.name} (${c.total - c.passed}; first ${c.failures.length})`, "");
    out.push(formatTable(["file", "detail"], c.failures.map((f) => [f.file, f.detail])));
  }
  return out.join("\n");
}
