import type { ThemeTrajectory } from "../../schemas/trajectory.ts";
import type { TimelineDocument } from "./authority-timelines.ts";
import { countJudged, isJudged, isRaised } from "./judged-counts.ts";

/**
 * The rows of an authority's trajectory table: every theme with a judged finding, one cell
 * per document. A theme is recurring when areas to improve or recommendations on it stand
 * in two or more dated documents. Recurring themes come first, then by id.
 */
export function buildThemeRows(documents: readonly TimelineDocument[]): ThemeTrajectory[] {
  const themes = new Set(documents.flatMap((entry) => entry.findings.filter((f) => isJudged(f.polarity)).flatMap((f) => f.themes)));
  const rows = [...themes].map((theme): ThemeTrajectory => {
    const onTheme = documents.map((entry) => entry.findings.filter((f) => f.themes.includes(theme)));
    const raisedIn = documents.filter((entry, i) => entry.date !== null && onTheme[i]!.some((f) => isRaised(f)));
    return { theme, cells: onTheme.map((findings) => countJudged(findings)), recurring: raisedIn.length >= 2 };
  });
  return rows.sort((a, b) => Number(b.recurring) - Number(a.recurring) || (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0));
}
