/** Which authorities a document is about: those its title names, else the one its text keeps naming. */
import type { AuthorityMention } from "../../authorities/find-authorities.ts";

/** Subject authority codes from the title's mentions and the body's mentions. */
export function subjectAuthorities(titleMentions: AuthorityMention[], bodyMentions: AuthorityMention[]): string[] {
  const inTitle = unique(titleMentions.map((m) => m.code));
  if (inTitle.length > 0) return inTitle;
  const counts = new Map<string, number>();
  for (const m of bodyMentions) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = bodyMentions.length;
  const top = ranked[0];
  // A subject is named again and again; a commentary citing several authorities once each has none.
  if (top && top[1] >= 2 && top[1] / total >= 0.5) return [top[0]];
  return [];
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)];
}
