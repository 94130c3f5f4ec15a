import type { SeedReport } from "./score-seeds.ts";
import type { TargetResult } from "./targets.ts";
import type { CorpusReport } from "./corpus-checks.ts";

/** Rounds a figure to four decimals so the JSON stays stable and readable. */
function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** Rounds every non-integer number in a JSON-like value. */
function roundAll(value: unknown): unknown {
  if (typeof value === "number") return Number.isInteger(value) ? value : round(value);
  if (Array.isArray(value)) return value.map(roundAll);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundAll(v)]));
  return value;
}

/**
 * The figures generated/eval.json holds for the methodology page: no timestamps and
 * no texts of gold findings (counts only), so the file changes only when figures do.
 */
export function evalJson(
  seeds: SeedReport,
  targets: readonly TargetResult[],
  corpus: CorpusReport | { skipped: string },
  corpusLimit: number | undefined,
): unknown {
  return roundAll({
    seeds: {
      documents: seeds.documents.map(({ fields, ...counts }) => ({
        ...counts,
        wrongFields: fields.filter((f) => !f.right),
      })),
      gold: seeds.gold,
      predicted: seeds.predicted,
      matched: seeds.matched,
      recall: seeds.recall,
      precision: seeds.precision,
      leaks: seeds.leaks,
      polarity: seeds.polarity,
      themes: seeds.themes,
      findingAuthorities: seeds.findingAuthorities,
      goodPractice: seeds.goodPractice,
      documentFields: seeds.documentFields,
      unmatchedGold: seeds.unmatchedGold.length,
      unmatchedPredicted: seeds.unmatchedPredicted.length,
      targets,
    },
    corpus: corpusLimit === undefined || "skipped" in corpus ? corpus : { ...corpus, sample: corpusLimit },
    generatedBy: "npm run eval",
  });
}
