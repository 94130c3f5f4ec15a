import type { Finding } from "../../schemas/index.ts";
import type { JudgedCounts, JudgedPolarity } from "../../schemas/trajectory.ts";

/** Zero of everything. */
export function emptyJudgedCounts(): JudgedCounts {
  return { strengths: 0, improvements: 0, recommendations: 0 };
}

/** Count findings by judged polarity (context findings are not counted). */
export function countJudged(findings: readonly Pick<Finding, "polarity">[]): JudgedCounts {
  const counts = emptyJudgedCounts();
  for (const { polarity } of findings) {
    if (polarity === "strength") counts.strengths += 1;
    else if (polarity === "improvement") counts.improvements += 1;
    else if (polarity === "recommendation") counts.recommendations += 1;
  }
  return counts;
}

/** True for strengths, areas to improve and recommendations. */
export function isJudged(polarity: Finding["polarity"]): polarity is JudgedPolarity {
  return polarity !== "context";
}

/** True for the findings that raise something to follow: areas to improve and recommendations. */
export function isRaised(finding: Pick<Finding, "polarity">): finding is Pick<Finding, "polarity"> & { polarity: "improvement" | "recommendation" } {
  return finding.polarity === "improvement" || finding.polarity === "recommendation";
}
