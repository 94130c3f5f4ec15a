import { basename } from "node:path";
import type { Extraction } from "../../src/schemas/extraction.ts";
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import type { Polarity } from "../../src/schemas/finding.ts";
import type { LoadedGold } from "./load-gold.ts";
import { matchFindings } from "./match-findings.ts";
import { findLeaks } from "./detect-leaks.ts";
import { scorePolarity, effectiveGold, type PolarityPair, type PolarityScore } from "./score-polarity.ts";
import { scoreLabelSets, scoreExact, sameSet, type SetScore, type ExactScore } from "./score-labels.ts";
import { compareDocumentFields, DOCUMENT_FIELDS, type FieldComparison, type DocumentField } from "./score-documents.ts";

/** A finding's text with the document it comes from, for the lists of misses. */
export interface FindingRef {
  doc: string;
  text: string;
}

/** How one gold document fared. */
export interface SeedDocumentScore {
  doc: string;
  /** False when the extraction holds no document for the file (an error or a missing input). */
  extracted: boolean;
  gold: number;
  predicted: number;
  matched: number;
  leaks: number;
  fields: FieldComparison[];
}

/** Everything the seed evaluation measures. */
export interface SeedReport {
  documents: SeedDocumentScore[];
  gold: number;
  predicted: number;
  matched: number;
  recall: number;
  precision: number;
  leaks: (FindingRef & { leak: string })[];
  polarity: PolarityScore;
  themes: SetScore;
  findingAuthorities: ExactScore;
  goodPractice: ExactScore;
  /** Right documents per field. */
  documentFields: Record<DocumentField, ExactScore>;
  unmatchedGold: (FindingRef & { polarity: Polarity })[];
  unmatchedPredicted: (FindingRef & { polarity: Polarity })[];
  polarityErrors: (FindingRef & { gold: Polarity; predicted: Polarity })[];
}

/** The extracted document for a gold one: same content hash, else same source path. */
export function findExtracted(gold: LoadedGold, extraction: Extraction): ExtractedDocument | undefined {
  return (
    extraction.documents.find((d) => d.sha256 === gold.sha256) ??
    extraction.documents.find((d) => d.source === gold.path)
  );
}

/** Divides, giving 0 for 0/0. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Scores an extraction of the seed files against their gold annotation. */
export function scoreSeeds(golds: readonly LoadedGold[], extraction: Extraction): SeedReport {
  const polarityPairs: PolarityPair[] = [];
  const themePairs: { gold: string[]; predicted: string[] }[] = [];
  const authorityPairs: { gold: string[]; predicted: string[] }[] = [];
  const goodPracticePairs: { gold: boolean; predicted: boolean }[] = [];
  const report: Omit<SeedReport, "recall" | "precision" | "polarity" | "themes" | "findingAuthorities" | "goodPractice" | "documentFields"> = {
    documents: [],
    gold: 0,
    predicted: 0,
    matched: 0,
    leaks: [],
    unmatchedGold: [],
    unmatchedPredicted: [],
    polarityErrors: [],
  };

  for (const gold of golds) {
    const doc = basename(gold.doc);
    const extracted = findExtracted(gold, extraction);
    const predicted = extracted?.findings ?? [];
    const match = matchFindings(
      gold.findings.map((f) => f.text),
      predicted.map((f) => f.text),
    );
    const leaks = findLeaks(
      predicted.map((f) => f.text),
      gold.leaks,
    );
    for (const pair of match.pairs) {
      const g = gold.findings[pair.gold]!;
      const p = predicted[pair.predicted]!;
      const polarityPair = { gold: g.polarity, also: g.also, predicted: p.polarity };
      polarityPairs.push(polarityPair);
      if (effectiveGold(polarityPair) !== p.polarity)
        report.polarityErrors.push({ doc, text: p.text, gold: g.polarity, predicted: p.polarity });
      themePairs.push({ gold: g.themes, predicted: p.themes });
      authorityPairs.push({ gold: g.authorities, predicted: p.authorities });
      goodPracticePairs.push({ gold: g.goodPractice, predicted: p.goodPractice });
    }
    for (const i of match.unmatchedGold) {
      const g = gold.findings[i]!;
      report.unmatchedGold.push({ doc, text: g.text, polarity: g.polarity });
    }
    for (const i of match.unmatchedPredicted) {
      const p = predicted[i]!;
      report.unmatchedPredicted.push({ doc, text: p.text, polarity: p.polarity });
    }
    report.leaks.push(...leaks.map((l) => ({ doc, text: l.text, leak: l.leak })));
    report.gold += gold.findings.length;
    report.predicted += predicted.length;
    report.matched += match.pairs.length;
    report.documents.push({
      doc,
      extracted: extracted !== undefined,
      gold: gold.findings.length,
      predicted: predicted.length,
      matched: match.pairs.length,
      leaks: leaks.length,
      fields: extracted
        ? compareDocumentFields(extracted, gold)
        : compareDocumentFields(gold, gold).map((f) => ({ ...f, right: false, predicted: "(not extracted)" })),
    });
  }

  const documentFields = {} as Record<DocumentField, ExactScore>;
  for (const field of DOCUMENT_FIELDS) {
    const right = report.documents.filter((d) => d.fields.find((f) => f.field === field)?.right).length;
    documentFields[field] = { right, total: report.documents.length, accuracy: ratio(right, report.documents.length) };
  }
  return {
    ...report,
    recall: ratio(report.matched, report.gold),
    precision: ratio(report.matched, report.predicted),
    polarity: scorePolarity(polarityPairs),
    themes: scoreLabelSets(themePairs),
    findingAuthorities: scoreExact(authorityPairs, sameSet),
    goodPractice: scoreExact(goodPracticePairs, (a, b) => a === b),
    documentFields,
  };
}
