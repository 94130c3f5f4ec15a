import type { Cue, Extraction, Finding } from "../../src/schemas/index.ts";
import type { AppliedCorrection, CorrectedField, Correction, CorrectionReport } from "../../src/schemas/correction.ts";

/**
 * Apply curators' corrections to an extraction, by finding id, without touching the input.
 * A corrected finding gets the curator's labels, `reviewed: true`, and one curation cue per change
 * (the note as text; weight 1 towards the new polarity or an added theme/authority, -1 against a
 * removed one) so its permalink shows why the label differs from the machine's. A corrected
 * polarity gets confidence 1: a person decided it. Corrections whose finding is gone are reported
 * as missing, never an error, because finding ids change when the source text changes.
 */
export function applyCorrections(extraction: Extraction, corrections: readonly Correction[]): { extraction: Extraction; report: CorrectionReport } {
  const where = new Map<string, { documentIndex: number; findingIndex: number }>();
  extraction.documents.forEach((document, documentIndex) =>
    document.findings.forEach((finding, findingIndex) => {
      if (!where.has(finding.id)) where.set(finding.id, { documentIndex, findingIndex });
    }),
  );

  const documents = extraction.documents.map((document) => ({ ...document, findings: [...document.findings] }));
  const report: CorrectionReport = { applied: [], missing: [] };
  for (const correction of corrections) {
    const place = where.get(correction.findingId);
    if (!place) {
      if (!report.missing.includes(correction.findingId)) report.missing.push(correction.findingId);
      continue;
    }
    const document = documents[place.documentIndex]!;
    const before = document.findings[place.findingIndex]!;
    const after = correctFinding(before, correction);
    document.findings[place.findingIndex] = after;
    report.applied.push({
      findingId: correction.findingId,
      documentId: document.id,
      changed: changedFields(before, after),
      before: labelsOf(before),
      after: labelsOf(after),
      note: correction.note,
      curator: correction.curator,
      date: correction.date,
    });
  }
  return { extraction: { ...extraction, documents }, report };
}

/** The finding with the correction's labels, marked reviewed and carrying curation cues. */
function correctFinding(finding: Finding, correction: Correction): Finding {
  const polarity = correction.polarity ?? finding.polarity;
  const themes = correction.themes ? [...new Set(correction.themes)] : finding.themes;
  const authorities = correction.authorities ? [...new Set(correction.authorities)] : finding.authorities;
  const cue = (points: string, weight: number): Cue => ({ kind: "curation", text: correction.note, points, weight });
  const cues: Cue[] = [
    ...(polarity !== finding.polarity ? [cue(polarity, 1)] : []),
    ...listChanges(finding.themes, themes, cue),
    ...listChanges(finding.authorities, authorities, cue),
  ];
  // A correction that changes nothing still records the review, as a cue for the label it confirmed.
  if (cues.length === 0) cues.push(cue(polarity, 1));
  // Applying the file twice (to an extraction already curated) must not repeat its cues.
  const already = (c: Cue) => finding.cues.some((old) => old.kind === "curation" && old.text === c.text && old.points === c.points && old.weight === c.weight);
  return {
    ...finding,
    polarity,
    confidence: polarity !== finding.polarity ? 1 : finding.confidence,
    themes,
    authorities,
    cues: [...finding.cues, ...cues.filter((c) => !already(c))],
    reviewed: true,
  };
}

/** Cues for the entries added to (weight 1) and removed from (weight -1) a list. */
function listChanges(before: readonly string[], after: readonly string[], cue: (points: string, weight: number) => Cue): Cue[] {
  return [
    ...after.filter((item) => !before.includes(item)).map((item) => cue(item, 1)),
    ...before.filter((item) => !after.includes(item)).map((item) => cue(item, -1)),
  ];
}

function labelsOf(finding: Finding): AppliedCorrection["before"] {
  return { polarity: finding.polarity, themes: [...finding.themes], authorities: [...finding.authorities] };
}

function changedFields(before: Finding, after: Finding): CorrectedField[] {
  const changed: CorrectedField[] = [];
  if (before.polarity !== after.polarity) changed.push("polarity");
  if (!sameSet(before.themes, after.themes)) changed.push("themes");
  if (!sameSet(before.authorities, after.authorities)) changed.push("authorities");
  return changed;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
