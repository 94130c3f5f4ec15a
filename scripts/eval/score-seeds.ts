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

/** One gold document scored: its row of the report and the labelled pairs it adds to the totals. */
export interface GoldDocumentScore {
  document: SeedDocumentScore;
  polarityPairs: PolarityPair[];
  themePairs: { gold: string[]; predicted: string[] }[];
  authorityPairs: { gold: string[]; predicted: string[] }[];
  goodPracticePairs: { gold: boolean; predicted: boolean }[];
  leaks: (FindingRef & { leak: string })[];
  unmatchedGold: (FindingRef & { polarity: Polarity })[];
  unmatchedPredicted: (FindingRef & { polarity: Polarity })[];
  polarityErrors: (FindingRef & { gold: Polarity; predicted: Polarity })[];
}

/** Scores one gold document against its extraction (undefined when it was not extracted). */
export function scoreGoldDocument(gold: LoadedGold, extracted: ExtractedDocument | undefined): GoldDocumentScore {
  const doc = basename(gold.doc);
  const predicted = extracted?.findings ?? [];
  const match = matchFindings(
    gold.findings.map((f) => f.text),
    predicted.map((f) => f.text),
  );
  const leaks = findLeaks(
    predicted.map((f) => f.text),
    gold.leaks,
  );
  const score: GoldDocumentScore = {
    document: {
      doc,
      extracted: extracted !== undefined,
      gold: gold.findings.length,
      predicted: predicted.length,
      matched: match.pairs.length,
      leaks: leaks.length,
      fields: extracted
        ? compareDocumentFields(extracted, gold)
        : compareDocumentFields(gold, gold).map((f) => ({ ...f, right: false, predicted: "(not extracted)" })),
    },
    polarityPairs: [],
    themePairs: [],
    authorityPairs: [],
    goodPracticePairs: [],
    leaks: leaks.map((l) => ({ doc, text: l.text, leak: l.leak })),
    unmatchedGold: match.unmatchedGold.map((i) => ({ doc, text: gold.findings[i]!.text, polarity: gold.findings[i]!.polarity })),
    unmatchedPredicted: match.unmatchedPredicted.map((i) => ({ doc, text: predicted[i]!.text, polarity: predicted[i]!.polarity })),
    polarityErrors: [],
  };
  for (const pair of match.pairs) {
    const g = gold.findings[pair.gold]!;
    const p = predicted[pair.predicted]!;
    const polarityPair = { gold: g.polarity, also: g.also, predicted: p.polarity };
    score.polarityPairs.push(polarityPair);
    if (effectiveGold(polarityPair) !== p.polarity) score.polarityErrors.push({ doc, text: p.text, gold: g.polarity, predicted: p.polarity });
    score.themePairs.push({ gold: g.themes, predicted: p.themes });
    score.authorityPairs.push({ gold: g.authorities, predicted: p.authorities });
    score.goodPracticePairs.push({ gold: g.goodPractice, predicted: p.goodPractice });
  }
  return score;
}

/** Adds up scored gold documents into the report (a bootstrap calls it on resampled documents). */
export function combineScores(scores: readonly GoldDocumentScore[]): SeedReport {
  const documents = scores.map((s) => s.document);
  const sum = (f: (d: SeedDocumentScore) => number): number => documents.reduce((t, d) => t + f(d), 0);
  const gold = sum((d) => d.gold);
  const predicted = sum((d) => d.predicted);
  const matched = sum((d) => d.matched);
  const documentFields = {} as Record<DocumentField, ExactScore>;
  for (const field of DOCUMENT_FIELDS) {
    const right = documents.filter((d) => d.fields.find((f) => f.field === field)?.right).length;
    documentFields[field] = { right, total: documents.length, accuracy: ratio(right, documents.length) };
  }
  return {
    documents,
    gold,
    predicted,
    matched,
    recall: ratio(matched, gold),
    precision: ratio(matched, predicted),
    leaks: scores.flatMap((s) => s.leaks),
    polarity: scorePolarity(scores.flatMap((s) => s.polarityPairs)),
    themes: scoreLabelSets(scores.flatMap((s) => s.themePairs)),
    findingAuthorities: scoreExact(
      scores.flatMap((s) => s.authorityPairs),
      sameSet,
    ),
    goodPractice: scoreExact(
      scores.flatMap((s) => s.goodPracticePairs),
      (a, b) => a === b,
    ),
    documentFields,
    unmatchedGold: scores.flatMap((s) => s.unmatchedGold),
    unmatchedPredicted: scores.flatMap((s) => s.unmatchedPredicted),
    polarityErrors: scores.flatMap((s) => s.polarityErrors),
  };
}

/** Scores an extraction of gold documents against their annotation. */
export function scoreSeeds(golds: readonly LoadedGold[], extraction: Extraction): SeedReport {
  return combineScores(golds.map((gold) => scoreGoldDocument(gold, findExtracted(gold, extraction))));
}
