import type { Cue, ExtractedDocument, Extraction, Finding } from "../../src/schemas/index.ts";
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
  const curator = new DocumentCurator(corrections);
  const documents = extraction.documents.map((document) => curator.curate(document));
  return { extraction: { ...extraction, documents }, report: curator.report() };
}

/**
 * applyCorrections a document at a time, for a corpus that is streamed rather than held: feed it
 * every document in the extraction's order, then ask for the report. A finding id found in two
 * documents is corrected in the first only, as applyCorrections does.
 */
export class DocumentCurator {
  private readonly byFinding = new Map<string, { correction: Correction; order: number }[]>();
  private readonly seen = new Set<string>();
  private readonly applied: { entry: AppliedCorrection; order: number }[] = [];
  private readonly corrections: readonly Correction[];

  constructor(corrections: readonly Correction[]) {
    this.corrections = corrections;
    corrections.forEach((correction, order) => {
      const list = this.byFinding.get(correction.findingId);
      if (list) list.push({ correction, order });
      else this.byFinding.set(correction.findingId, [{ correction, order }]);
    });
  }

  /** The document with its corrections applied: a new object when any applies, else the document itself. */
  curate(document: ExtractedDocument): ExtractedDocument {
    let findings: Finding[] | undefined;
    document.findings.forEach((original, index) => {
      if (this.seen.has(original.id)) return;
      this.seen.add(original.id);
      let finding = original;
      for (const { correction, order } of this.byFinding.get(original.id) ?? []) {
        const after = correctFinding(finding, correction);
        this.applied.push({
          order,
          entry: {
            findingId: correction.findingId,
            documentId: document.id,
            changed: changedFields(finding, after),
            before: labelsOf(finding),
            after: labelsOf(after),
            note: correction.note,
            curator: correction.curator,
            date: correction.date,
          },
        });
        finding = after;
      }
      if (finding === original) return;
      findings ??= [...document.findings];
      findings[index] = finding;
    });
    return findings ? { ...document, findings } : document;
  }

  /**
   * For a document known only by its finding ids: true when curating it would change nothing (no
   * correction names a finding of it that curate would reach), and then its ids are marked as seen,
   * as curate would; false when it must go through curate.
   */
  passesUntouched(findingIds: readonly string[]): boolean {
    const reached = new Set<string>();
    for (const id of findingIds) {
      if (this.seen.has(id) || reached.has(id)) continue;
      if (this.byFinding.has(id)) return false;
      reached.add(id);
    }
    for (const id of reached) this.seen.add(id);
    return true;
  }

  /** What was applied (in the corrections file's order) and which corrections found no finding. */
  report(): CorrectionReport {
    const missing: string[] = [];
    for (const { findingId } of this.corrections) {
      if (!this.seen.has(findingId) && !missing.includes(findingId)) missing.push(findingId);
    }
    return { applied: [...this.applied].sort((a, b) => a.order - b.order).map((a) => a.entry), missing };
  }
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
