import type { LetterReport } from "./letter-checks.ts";
import { formatTable, percent } from "./format-table.ts";

/** Renders the label-free letter checks as text tables, with the first failing letters of each check. */
export function formatLetterReport(report: LetterReport): string {
  const out: string[] = [`Real letters: label-free checks (${report.letters} letters)`, ""];
  out.push(formatTable(["check", "passed", "share"], report.checks.map((c) => [c.name, `${c.passed}/${c.total}`, percent(c.share)])));
  out.push("", `Letter furniture among findings: ${report.furniture.findings} findings in ${report.furniture.letters} letters`);
  out.push(`Inspection types: ${Object.entries(report.types).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  out.push(`JTAI themes: ${Object.entries(report.themes).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  for (const c of report.checks.filter((c) => c.failures.length > 0)) {
    out.push("", `Failing: ${c.name} (${c.total - c.passed}; first ${c.failures.length})`, "");
    out.push(formatTable(["file", "detail"], c.failures.map((f) => [f.file, f.detail])));
  }
  return out.join("\n");
}
