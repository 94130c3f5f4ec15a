/**
 * What the theme model reads around a sentence: the themes the taxonomy's triggers find in the
 * sentence itself, in the heading it stands under, and in the sentences before and after it in
 * the same paragraph or list. Inspectors name a topic once ("Care leavers …") and go on about it
 * ("Most of them live in suitable accommodation"), so a theme carries over to its neighbours.
 */
import type { SentenceCandidate } from "../pipeline/findings/collect-sentences.ts";

/** A theme the triggers found, with the words that fired it. */
export interface TriggeredTheme {
  theme: string;
  trigger: string;
}

/** The triggered themes of a sentence and of its surroundings. */
export interface ThemeContext {
  own: readonly TriggeredTheme[];
  heading: readonly TriggeredTheme[];
  previous: readonly TriggeredTheme[];
  next: readonly TriggeredTheme[];
}

/** The names of the places a theme can be found, in the order the shared model weighs them. */
export const CONTEXT_PLACES = ["own", "heading", "previous", "next"] as const;

/** Each candidate's theme context, in order: triggers are run once per sentence and once per heading. */
export function themeContexts(
  candidates: readonly Pick<SentenceCandidate, "text" | "section" | "blockIndex">[],
  tagThemes: (text: string) => TriggeredTheme[],
): ThemeContext[] {
  const own = candidates.map((c) => tagThemes(c.text));
  const headings = new Map<string, TriggeredTheme[]>();
  const headingTags = (section: string | null): TriggeredTheme[] => {
    if (!section) return [];
    let tags = headings.get(section);
    if (!tags) headings.set(section, (tags = tagThemes(section)));
    return tags;
  };
  return candidates.map((c, i) => {
    const before = candidates[i - 1];
    const after = candidates[i + 1];
    return {
      own: own[i]!,
      heading: headingTags(c.section),
      previous: before !== undefined && before.blockIndex === c.blockIndex ? own[i - 1]! : [],
      next: after !== undefined && after.blockIndex === c.blockIndex ? own[i + 1]! : [],
    };
  });
}
