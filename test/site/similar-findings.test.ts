import { describe, expect, test } from "vitest";
import { buildCorpusIndex } from "../../src/lib/corpus-index.ts";
import { buildSimilarityIndex, similarFindings } from "../../src/lib/similar-findings.ts";
import type { FindingRef } from "../../src/lib/finding-ref.ts";
import { authorities, extraction } from "./fixture.ts";

const index = buildCorpusIndex(extraction, authorities);
const similarity = buildSimilarityIndex(index.findings);
const byText = (start: string): FindingRef => {
  const ref = index.findings.find((r) => r.finding.text.startsWith(start));
  if (!ref) throw new Error(start);
  return ref;
};

describe("similarFindings", () => {
  test("finds findings on the same theme from other authorities only", () => {
    const ref = byText("Strategy discussions are held promptly");
    const similar = similarFindings(ref, similarity);
    expect(similar.length).toBeGreaterThan(0);
    for (const s of similar) {
      expect(s.finding.authorities).not.toContain("E10000016");
      expect(s.finding.themes.some((t) => ref.finding.themes.includes(t))).toBe(true);
    }
  });

  test("puts findings of the same polarity first", () => {
    const ref = byText("Most children referred to the front door");
    const similar = similarFindings(ref, similarity);
    expect(similar[0]?.finding.polarity).toBe("strength");
    expect(similar[0]?.finding.text).toMatch(/^Croydon's front door/);
  });

  test("gives at most one finding per authority and respects the limit", () => {
    const similar = similarFindings(byText("The consistency of health partners"), similarity, 5);
    const authorities = similar.map((s) => s.finding.authorities[0]);
    expect(new Set(authorities).size).toBe(authorities.length);
    expect(similarFindings(byText("The consistency of health partners"), similarity, 0)).toEqual([]);
  });

  test("gives nothing for context findings or findings without a theme", () => {
    expect(similarFindings(byText("Overall effectiveness is good"), similarity)).toEqual([]);
  });
});
