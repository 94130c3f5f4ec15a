import type { FindingOutcome, GroupOutcomes, ThemeOutcomes } from "../../schemas/trajectory.ts";
import { addOutcome, countOutcomes, emptyOutcomeCounts } from "./outcome-counts.ts";

/** Outcomes per theme (a finding with two themes counts once for each), most raised first. */
export function outcomesByTheme(outcomes: Iterable<FindingOutcome>): ThemeOutcomes[] {
  const byTheme = new Map<string, ThemeOutcomes>();
  for (const outcome of outcomes) {
    for (const theme of new Set(outcome.themes)) {
      const entry = byTheme.get(theme) ?? { theme, ...emptyOutcomeCounts() };
      byTheme.set(theme, entry);
      addOutcome(entry, outcome);
    }
  }
  return [...byTheme.values()].sort((a, b) => b.raised - a.raised || compareText(a.theme, b.theme));
}

/** Outcomes grouped by a key of each outcome (region, inspection type), with their per-theme figures, groups by key. */
export function outcomesByGroup(outcomes: readonly FindingOutcome[], keyOf: (outcome: FindingOutcome) => string): GroupOutcomes[] {
  const groups = new Map<string, FindingOutcome[]>();
  for (const outcome of outcomes) {
    const key = keyOf(outcome);
    const members = groups.get(key);
    if (members) members.push(outcome);
    else groups.set(key, [outcome]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, members]) => ({ key, counts: countOutcomes(members), themes: outcomesByTheme(members) }));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
