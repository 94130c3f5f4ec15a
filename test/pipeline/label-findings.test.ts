import { describe, expect, test } from "vitest";
import { loadResources } from "../../scripts/extract/load-resources.ts";
import { labelFindings } from "../../scripts/pipeline/findings/label-findings.ts";
import type { SentenceCandidate } from "../../scripts/pipeline/findings/collect-sentences.ts";

const resources = loadResources();
const candidate = (text: string, indexInBlock: number): SentenceCandidate => ({
  text,
  start: 0,
  end: text.length,
  section: "The experiences and progress of care leavers",
  sectionKind: "other",
  listStance: null,
  inList: false,
  blockIndex: 7,
  indexInBlock,
});

describe("labelFindings", () => {
  const labelled = labelFindings(
    [
      candidate("Care leavers are supported well by personal advisers who know them well.", 0),
      candidate("Most of them say they feel listened to and that their views shape their plans.", 1),
    ],
    { ...resources, subjects: ["E06000017"], docKind: "inspection-report", docGrade: "good" },
  );

  test("gives a sentence the theme its paragraph is about, and names where the trigger stood", () => {
    const [first, second] = labelled;
    expect(first!.themes).toContain("care-leavers");
    expect(second!.themes).toContain("care-leavers");
    const cue = second!.cues.find((c) => c.kind === "theme" && c.points === "care-leavers")!;
    expect(cue.text).toMatch(/^\((?:sentence before|heading)\) /);
  });

  test("names a sentence's own trigger words as its theme's cue", () => {
    const cue = labelled[0]!.cues.find((c) => c.kind === "theme" && c.points === "care-leavers")!;
    expect(labelled[0]!.candidate.text.toLowerCase()).toContain(cue.text.toLowerCase());
  });
});
