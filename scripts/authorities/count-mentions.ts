import type { AuthorityMention } from "./find-authorities.ts";

/** Counts mentions per authority code, in order of first mention. */
export function countMentions(mentions: readonly AuthorityMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.code, (counts.get(mention.code) ?? 0) + 1);
  return counts;
}
