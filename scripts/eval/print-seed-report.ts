import type { SeedReport } from "./score-seeds.ts";
import type { TargetResult } from "./targets.ts";
import { POLARITIES } from "./score-polarity.ts";
import { DOCUMENT_FIELDS } from "./score-documents.ts";
import { formatTable, fixed, clip } from "./format-table.ts";

/** Renders the seed evaluation as text tables; `verbose` adds the unmatched findings and every polarity error. */
export function formatSeedReport(report: SeedReport, targets: readonly TargetResult[], verbose: boolean): string {
  const out: string[] = [];
  const targetFor = (name: string): TargetResult | undefined => targets.find((t) => t.name === name);
  const mark = (name: string): [string, string] => {
    const t = targetFor(name);
    return t ? [t.target, t.met ? "ok" : "MISSED"] : ["", ""];
  };

  out.push("Seed documents: findings", "");
  out.push(
    formatTable(
      ["figure", "value", "target", "status", "counts"],
      [
        ["finding recall", fixed(report.recall), ...mark("finding recall"), `${report.matched}/${report.gold} gold matched`],
        ["finding precision", fixed(report.precision), ...mark("finding precision"), `${report.matched}/${report.predicted} predicted matched`],
        ["leaks", String(report.leaks.length), ...mark("leaks"), ""],
        ["polarity accuracy", fixed(report.polarity.accuracy), "", "", `${report.polarity.correct}/${report.polarity.pairs} matched pairs`],
        ["polarity macro-F1", fixed(report.polarity.macroF1), ...mark("polarity macro-F1"), ""],
        ["theme precision", fixed(report.themes.precision), "", "", `tp ${report.themes.truePositives}, fp ${report.themes.falsePositives}`],
        ["theme recall", fixed(report.themes.recall), "", "", `fn ${report.themes.falseNegatives}`],
        ["theme F1", fixed(report.themes.f1), ...mark("theme F1"), ""],
        ["finding authorities", fixed(report.findingAuthorities.accuracy), "", "", `${report.findingAuthorities.right}/${report.findingAuthorities.total} exact sets`],
        ["good practice", fixed(report.goodPractice.accuracy), "", "", `${report.goodPractice.right}/${report.goodPractice.total}`],
        ["document fields right", fixed(targetFor("document fields right")?.value ?? 0), ...mark("document fields right"), ""],
      ],
    ),
  );

  out.push("", "Per document", "");
  out.push(
    formatTable(
      ["document", "gold", "predicted", "matched", "recall", "precision", "leaks"],
      report.documents.map((d) => [
        d.extracted ? d.doc : `${d.doc} (not extracted)`,
        String(d.gold),
        String(d.predicted),
        String(d.matched),
        fixed(d.gold === 0 ? 0 : d.matched / d.gold),
        fixed(d.predicted === 0 ? 0 : d.matched / d.predicted),
        String(d.leaks),
      ]),
    ),
  );

  if (report.leaks.length > 0) {
    out.push("", "Leaks", "");
    out.push(formatTable(["document", "predicted finding", "leak string"], report.leaks.map((l) => [l.doc, clip(l.text, 80), clip(l.leak, 50)])));
  }

  out.push("", "Polarity per class (matched pairs; a prediction equal to `also` counts as that label)", "");
  out.push(
    formatTable(
      ["class", "precision", "recall", "F1", "gold", "predicted"],
      POLARITIES.map((label) => {
        const c = report.polarity.perClass[label];
        return [label, fixed(c.precision), fixed(c.recall), fixed(c.f1), String(c.support), String(c.predicted)];
      }),
    ),
  );
  if (report.polarity.confusions.length > 0) {
    out.push("", "Polarity errors (gold -> predicted)", "");
    out.push(formatTable(["gold", "predicted", "count"], report.polarity.confusions.map((c) => [c.gold, c.predicted, String(c.count)])));
  }

  out.push("", "Document fields", "");
  out.push(
    formatTable(
      // Columns are named by the gold file's numeric prefix ("000_…" -> "000").
      ["field", "right", ...report.documents.map((d) => d.doc.split("_")[0] ?? d.doc)],
      DOCUMENT_FIELDS.map((field) => [
        field,
        `${report.documentFields[field].right}/${report.documentFields[field].total}`,
        ...report.documents.map((d) => (d.fields.find((f) => f.field === field)?.right ? "ok" : "WRONG")),
      ]),
    ),
  );
  const wrong = report.documents.flatMap((d) => d.fields.filter((f) => !f.right).map((f) => [d.doc, f.field, f.predicted, f.gold]));
  if (wrong.length > 0) {
    out.push("", "Wrong document fields", "");
    out.push(formatTable(["document", "field", "predicted", "gold"], wrong.map((row) => row.map((cell) => clip(cell, 60)))));
  }

  const list = (header: string[], rows: string[][]): string => (rows.length === 0 ? "(none)" : formatTable(header, rows));
  if (verbose) {
    out.push("", `Unmatched gold findings (${report.unmatchedGold.length})`, "");
    out.push(list(["document", "gold label", "text"], report.unmatchedGold.map((f) => [f.doc, f.polarity, clip(f.text)])));
    out.push("", `Unmatched predicted findings (${report.unmatchedPredicted.length})`, "");
    out.push(list(["document", "predicted", "text"], report.unmatchedPredicted.map((f) => [f.doc, f.polarity, clip(f.text)])));
    out.push("", `Polarity errors (${report.polarityErrors.length})`, "");
    out.push(list(["document", "gold", "predicted", "text"], report.polarityErrors.map((f) => [f.doc, f.gold, f.predicted, clip(f.text)])));
  } else {
    out.push("", `(${report.unmatchedGold.length} unmatched gold, ${report.unmatchedPredicted.length} unmatched predicted: run with --verbose to list them)`);
  }
  return out.join("\n");
}
