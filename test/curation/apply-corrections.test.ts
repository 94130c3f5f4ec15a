import { describe, expect, test } from "vitest";
import { applyCorrections, DocumentCurator } from "../../scripts/curation/apply-corrections.ts";
import { checkCorrections } from "../../scripts/curation/check-corrections.ts";
import { describeCorrectionReport } from "../../scripts/curation/correction-report.ts";
import { computeTrajectories } from "../../src/lib/trajectories/compute-trajectories.ts";
import { ExtractionSchema } from "../../src/schemas/index.ts";
import { CorrectionReportSchema, type Correction } from "../../src/schemas/correction.ts";
import { authorities, findingOf, KENT, makeExtraction } from "../trajectories/sequence.ts";

const extraction = makeExtraction([
  { id: "kent-2017", published: "2017-03-01", authority: KENT, findings: [{ polarity: "improvement", themes: ["management-oversight"] }] },
  { id: "kent-2019", published: "2019-05-01", authority: KENT, findings: [{ polarity: "strength", themes: ["management-oversight"] }, { polarity: "context", themes: [] }] },
]);
const raised = findingOf(extraction, "kent-2017", "improvement");
const laterStrength = findingOf(extraction, "kent-2019", "strength");
const context = findingOf(extraction, "kent-2019", "context");
const by = { curator: "A. Curator", date: "2025-01-31" };

describe("applyCorrections", () => {
  test("changes a finding's polarity, marks it reviewed and adds a curation cue with the note", () => {
    const note = "Inconsistent oversight is a shortfall, not a strength.";
    const { extraction: corrected } = applyCorrections(extraction, [{ findingId: laterStrength.id, polarity: "improvement", note, ...by }]);
    const finding = corrected.documents[1]?.findings[0];
    expect(finding).toMatchObject({ polarity: "improvement", reviewed: true, confidence: 1 });
    expect(finding?.cues.at(-1)).toEqual({ kind: "curation", text: note, points: "improvement", weight: 1 });
  });

  test("a corrected polarity changes the trajectory outcome", () => {
    const before = computeTrajectories(extraction, authorities).outcomes[raised.id]?.[0]?.outcome;
    const { extraction: corrected } = applyCorrections(extraction, [{ findingId: laterStrength.id, polarity: "improvement", note: "Shortfall.", ...by }]);
    const after = computeTrajectories(corrected, authorities).outcomes[raised.id]?.[0]?.outcome;
    expect([before, after]).toEqual(["resolved", "recurring"]);
  });

  test("replaces themes and authorities, with a cue for each added (+1) and removed (-1) label", () => {
    const { extraction: corrected, report } = applyCorrections(extraction, [
      { findingId: context.id, themes: ["mash"], authorities: [], note: "A national statement about front doors.", ...by },
    ]);
    const finding = corrected.documents[1]?.findings[1];
    expect([finding?.themes, finding?.authorities]).toEqual([["mash"], []]);
    expect(finding?.cues.map((c) => [c.points, c.weight])).toEqual([["mash", 1], [KENT, -1]]);
    expect(report.applied[0]?.changed).toEqual(["themes", "authorities"]);
  });

  test("records a correction that changes nothing as a confirmation", () => {
    const { extraction: corrected, report } = applyCorrections(extraction, [{ findingId: raised.id, note: "Checked: right as it is.", ...by }]);
    expect(corrected.documents[0]?.findings[0]).toMatchObject({ polarity: "improvement", reviewed: true });
    expect(corrected.documents[0]?.findings[0]?.cues).toEqual([{ kind: "curation", text: "Checked: right as it is.", points: "improvement", weight: 1 }]);
    expect(report.applied[0]?.changed).toEqual([]);
  });

  test("reports a correction whose finding id is no longer present, once, and applies the rest", () => {
    const corrections: Correction[] = [
      { findingId: "f-ffffffffffff", polarity: "context", note: "Gone.", ...by },
      { findingId: "f-ffffffffffff", polarity: "strength", note: "Gone again.", ...by },
      { findingId: raised.id, polarity: "recommendation", note: "Phrased as advice.", ...by },
    ];
    const { report } = applyCorrections(extraction, corrections);
    expect(report.missing).toEqual(["f-ffffffffffff"]);
    expect(report.applied.map((a) => [a.findingId, a.documentId, a.before.polarity, a.after.polarity])).toEqual([[raised.id, "kent-2017", "improvement", "recommendation"]]);
    expect(() => CorrectionReportSchema.parse(report)).not.toThrow();
    expect(describeCorrectionReport(report)).toMatch(/^corrections: 1 applied, 1 missing \(f-ffffffffffff: /);
  });

  test("leaves the input extraction untouched and returns a valid extraction", () => {
    const snapshot = JSON.stringify(extraction);
    const { extraction: corrected } = applyCorrections(extraction, [{ findingId: raised.id, polarity: "strength", note: "x", ...by }]);
    expect(JSON.stringify(extraction)).toBe(snapshot);
    expect(() => ExtractionSchema.parse(corrected)).not.toThrow();
  });
});

describe("checkCorrections", () => {
  test("names unknown theme ids and authority codes", () => {
    const problems = checkCorrections(
      [{ findingId: raised.id, themes: ["mash", "front-dor"], authorities: ["E06000999"], note: "x", ...by }],
      { themes: ["mash"], authorities: [KENT] },
    );
    expect(problems).toEqual([`${raised.id}: unknown theme "front-dor"`, `${raised.id}: unknown authority code "E06000999"`]);
  });
});

describe("applying the curation file twice", () => {
  test("gives the same findings, without repeating the curation cues", () => {
    const corrections: Correction[] = [{ findingId: laterStrength.id, polarity: "improvement", themes: ["mash"], note: "Shortfall on the front door.", ...by }];
    const once = applyCorrections(extraction, corrections).extraction;
    const twice = applyCorrections(once, corrections).extraction;
    expect(twice).toEqual(once);
  });
});

describe("DocumentCurator (a document at a time)", () => {
  test("applies two corrections to one finding in the file's order, reporting them in that order, across documents", () => {
    const corrections: Correction[] = [
      { findingId: context.id, themes: ["mash"], note: "About the front door.", ...by },
      { findingId: raised.id, polarity: "recommendation", note: "Phrased as advice.", ...by },
      { findingId: context.id, polarity: "strength", note: "Praise after all.", ...by },
      { findingId: "f-ffffffffffff", polarity: "context", note: "Gone.", ...by },
    ];
    const curator = new DocumentCurator(corrections);
    const [first, second] = extraction.documents;
    // Fed the later document first, as nothing forbids: the report still follows the file.
    const curatedSecond = curator.curate(second!);
    const curatedFirst = curator.curate(first!);
    const report = curator.report();
    expect(report.applied.map((a) => [a.findingId, a.note])).toEqual([
      [context.id, "About the front door."],
      [raised.id, "Phrased as advice."],
      [context.id, "Praise after all."],
    ]);
    expect(report.applied[2]?.before).toEqual({ polarity: "context", themes: ["mash"], authorities: [KENT] });
    expect(curatedSecond.findings[1]).toMatchObject({ polarity: "strength", themes: ["mash"], reviewed: true });
    expect(curatedFirst.findings[0]?.polarity).toBe("recommendation");
    expect(report.missing).toEqual(["f-ffffffffffff"]);
    // An untouched document comes back as it was; the corrected ones are new objects.
    expect(new DocumentCurator([]).curate(first!)).toBe(first);
    expect(curatedFirst).not.toBe(first);
    // The same as applyCorrections over the whole extraction.
    const whole = applyCorrections(extraction, corrections);
    expect(whole.extraction.documents).toEqual([curatedFirst, curatedSecond]);
    expect(whole.report).toEqual(report);
  });

  test("passesUntouched tells, from finding ids alone, which documents curate would leave as they are", () => {
    const corrections: Correction[] = [{ findingId: context.id, polarity: "strength", note: "Praise after all.", ...by }];
    const [first, second] = extraction.documents;
    const ids = (document: typeof first) => document!.findings.map((f) => f.id);
    const curator = new DocumentCurator(corrections);
    expect(curator.passesUntouched(ids(first))).toBe(true);
    expect(curator.passesUntouched(ids(second))).toBe(false);
    expect(curator.curate(second!).findings[1]?.polarity).toBe("strength");
    expect(curator.report().missing).toEqual([]);

    // A document that passed untouched counts as seen: the same finding id later is not corrected
    // (the first occurrence wins, as with curate), and a correction of it is not reported missing.
    const seenFirst = new DocumentCurator([{ findingId: raised.id, polarity: "context", note: "Scope.", ...by }]);
    const viaCurate = new DocumentCurator([{ findingId: raised.id, polarity: "context", note: "Scope.", ...by }]);
    expect(seenFirst.passesUntouched(ids(second))).toBe(true);
    viaCurate.curate(second!);
    expect(seenFirst.passesUntouched(ids(first))).toBe(false);
    expect(seenFirst.curate(first!)).toEqual(viaCurate.curate(first!));
    expect(seenFirst.report()).toEqual(viaCurate.report());
    const twice = new DocumentCurator([{ findingId: raised.id, polarity: "context", note: "Scope.", ...by }]);
    twice.curate(first!);
    expect(twice.passesUntouched(ids(first))).toBe(true);
  });
});
