/** Figures for the trajectories page: shares of outcomes and theme rankings, from the summary's counts. */
import type { OutcomeCounts, ThemeOutcomes } from "../../schemas/trajectory.ts";

/** Raised findings that a later document spoke to. */
export function followedUp(counts: OutcomeCounts): number {
  return counts.resolved + counts.recurring + counts.mixed;
}

/** Raised again: the next document on the theme had only, or at least two thirds, areas to improve and recommendations. */
export function raisedAgain(counts: OutcomeCounts): number {
  return counts.recurring + counts.mixedMostlyRaised;
}

/** Mixed outcomes that lean neither way. */
export function mixedEven(counts: OutcomeCounts): number {
  return counts.mixed - counts.mixedMostlyStrengths - counts.mixedMostlyRaised;
}

/** "12%" (whole per cent), or "–" when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${Math.round((100 * part) / whole)}%`;
}

/**
 * Themes ranked by a measure's share of their followed-up findings, highest first, among themes
 * followed up at least `minimum` times (small counts make shares meaningless); ties by count.
 */
export function rankThemes(themes: readonly ThemeOutcomes[], measure: (counts: OutcomeCounts) => number, minimum = 20, limit = 10): ThemeOutcomes[] {
  const share = (t: ThemeOutcomes) => measure(t) / followedUp(t);
  return themes
    .filter((t) => followedUp(t) >= minimum && measure(t) > 0)
    .sort((a, b) => share(b) - share(a) || measure(b) - measure(a) || (a.theme < b.theme ? -1 : 1))
    .slice(0, limit);
}
