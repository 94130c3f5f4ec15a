import type { Finding, Polarity, Theme } from "../schemas/index.ts";
import { compareFindingsNewestFirst, type FindingRef } from "./finding-ref.ts";

/** Findings split by polarity, each list keeping the order it was given in. */
export function groupByPolarity(refs: readonly FindingRef[]): Record<Polarity, FindingRef[]> {
  const groups: Record<Polarity, FindingRef[]> = { strength: [], improvement: [], recommendation: [], context: [] };
  for (const ref of refs) groups[ref.finding.polarity].push(ref);
  return groups;
}

/** The four groups a theme page shows, newest first; good practice is its own group, not repeated under strengths. */
export interface ThemeGroups {
  goodPractice: FindingRef[];
  strength: FindingRef[];
  improvement: FindingRef[];
  recommendation: FindingRef[];
}

/** Group a theme's findings as good practice, strengths, areas to improve and recommendations (context left out). */
export function groupForThemePage(refs: readonly FindingRef[]): ThemeGroups {
  const groups: ThemeGroups = { goodPractice: [], strength: [], improvement: [], recommendation: [] };
  for (const ref of [...refs].sort(compareFindingsNewestFirst)) {
    if (ref.finding.goodPractice) groups.goodPractice.push(ref);
    else if (ref.finding.polarity !== "context") groups[ref.finding.polarity].push(ref);
  }
  return groups;
}

/** One theme's findings, for pages that list findings theme by theme. */
export interface ThemeBucket<T> {
  /** Theme id, or null for findings with no theme. */
  themeId: string | null;
  label: string;
  items: T[];
}

/**
 * Group items by theme, ordered by theme label, with untagged items last under "No theme".
 * An item with several themes appears under each; themes not in `themes` keep their id as label.
 */
export function groupByTheme<T>(items: readonly T[], themesOf: (item: T) => readonly string[], themes: readonly Theme[]): ThemeBucket<T>[] {
  const labels = new Map(themes.map((t) => [t.id, t.label]));
  const buckets = new Map<string | null, T[]>();
  for (const item of items) {
    const ids = [...new Set(themesOf(item))];
    for (const id of ids.length ? ids : [null]) {
      const list = buckets.get(id);
      if (list) list.push(item);
      else buckets.set(id, [item]);
    }
  }
  return [...buckets]
    .map(([themeId, list]) => ({ themeId, label: themeId === null ? "No theme" : (labels.get(themeId) ?? themeId), items: list }))
    .sort((a, b) => {
      if (a.themeId === null || b.themeId === null) return a.themeId === null ? 1 : -1;
      return a.label < b.label ? -1 : a.label > b.label ? 1 : a.themeId < b.themeId ? -1 : 1;
    });
}

/** A row of a document's summary: how many findings of each judged polarity a theme has, and where the first one is. */
export interface ThemeSummaryRow {
  themeId: string | null;
  label: string;
  counts: Record<"strength" | "improvement" | "recommendation", number>;
  /** Id of the first finding (in reading order) of each polarity, for the count's link. */
  first: Partial<Record<"strength" | "improvement" | "recommendation", string>>;
}

/** Summarise a document's judged findings (context left out) by theme, for the table at the top of its page. */
export function summariseByTheme(findings: readonly Finding[], themes: readonly Theme[]): ThemeSummaryRow[] {
  const judged = [...findings].filter((f) => f.polarity !== "context").sort((a, b) => a.start - b.start);
  return groupByTheme(judged, (f) => f.themes, themes).map(({ themeId, label, items }) => {
    const row: ThemeSummaryRow = { themeId, label, counts: { strength: 0, improvement: 0, recommendation: 0 }, first: {} };
    for (const finding of items) {
      if (finding.polarity === "context") continue;
      row.counts[finding.polarity] += 1;
      row.first[finding.polarity] ??= finding.id;
    }
    return row;
  });
}
