import type { Finding } from "../../schemas/index.ts";
import type { FindingOutcome, Turnaround } from "../../schemas/trajectory.ts";

/**
 * Turnaround examples: resolved outcomes, as the raised finding and the first strength that
 * resolved it. One per authority, theme and pair of documents (a report raising five points on
 * a theme makes one example, not five), newest strength first.
 */
export function findTurnarounds(outcomes: readonly FindingOutcome[], findingsById: ReadonlyMap<string, Finding>): Turnaround[] {
  const seen = new Set<string>();
  const turnarounds: Turnaround[] = [];
  for (const outcome of outcomes) {
    if (outcome.outcome !== "resolved" || outcome.decidedBy === null || outcome.date === null) continue;
    // The first example shares the most themes with the raised finding.
    const strengthId = outcome.decidedBy.examples.strength[0];
    const strength = strengthId === undefined ? undefined : findingsById.get(strengthId);
    const raised = findingsById.get(outcome.findingId);
    const theme = strength?.themes.find((t) => outcome.themes.includes(t));
    if (!strength || !raised || theme === undefined) continue;
    const key = [outcome.authority, theme, outcome.documentId, outcome.decidedBy.documentId].join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    turnarounds.push({
      authority: outcome.authority,
      theme,
      raised: { findingId: raised.id, documentId: outcome.documentId, date: outcome.date, text: raised.text },
      strength: { findingId: strength.id, documentId: outcome.decidedBy.documentId, date: outcome.decidedBy.date, text: strength.text },
    });
  }
  return turnarounds.sort(
    (a, b) => compareText(b.strength.date, a.strength.date) || compareText(a.authority, b.authority) || compareText(a.theme, b.theme) || compareText(a.raised.findingId, b.raised.findingId),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
