import type { Correction } from "../../src/schemas/correction.ts";

/** Problems a build should warn about: theme ids or ONS codes in corrections that the taxonomy or register does not know. */
export function checkCorrections(corrections: readonly Correction[], known: { themes: Iterable<string>; authorities: Iterable<string> }): string[] {
  const themes = new Set(known.themes);
  const authorities = new Set(known.authorities);
  const problems: string[] = [];
  for (const correction of corrections) {
    for (const theme of correction.themes ?? []) {
      if (!themes.has(theme)) problems.push(`${correction.findingId}: unknown theme "${theme}"`);
    }
    for (const code of correction.authorities ?? []) {
      if (!authorities.has(code)) problems.push(`${correction.findingId}: unknown authority code "${code}"`);
    }
  }
  return problems;
}
