/** The held-out evaluation as a text table: each figure with its 95% interval and, where set, its target. */
import { fixed, formatTable } from "./format-table.ts";
import type { GenreTransfer } from "./genre-transfer.ts";
import { heldOutTargets, type HeldOutReport } from "./held-out.ts";

/** Renders the cross-validated figures for the terminal. */
export function formatHeldOutReport(report: HeldOutReport): string {
  const targets = new Map(heldOutTargets(report).map((t) => [t.name, t]));
  const rows = Object.entries(report.figures).map(([name, f]) => {
    const t = targets.get(name);
    const show = (v: number): string => (name === "leaks" ? String(Math.round(v)) : fixed(v));
    return [name, show(f.value), `${show(f.low)}–${show(f.high)}`, t?.target ?? "", t ? (t.met ? "ok" : "MISSED") : ""];
  });
  return [
    `Held out: ${report.folds}-fold cross-validation grouped by document over ${report.documents} gold documents (${report.findings} findings)`,
    "",
    formatTable(["figure", "value", "95% interval", "target", "status"], rows),
    "",
    `Polarity confusions (gold → predicted): ${report.confusions.map((c) => `${c.gold}→${c.predicted} ${c.count}`).join(", ")}`,
    ...(report.transfer ? ["", formatTransfer(report.transfer)] : []),
  ].join("\n");
}

function formatTransfer(t: GenreTransfer): string {
  return (
    `Genre transfer: trained on the gold's reports alone, its ${t.documents} other documents (${t.findings} findings: letters, news, commentary) ` +
    `score polarity macro-F1 ${fixed(t.polarityMacroF1)}, accuracy ${fixed(t.polarityAccuracy)}, theme F1 ${fixed(t.themeF1)} ` +
    "(no interval: too few documents; the rules' cues were first written on these seeds)."
  );
}
