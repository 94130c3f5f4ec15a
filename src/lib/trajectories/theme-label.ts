import type { Theme } from "../../schemas/index.ts";

/** A function giving a theme's label as it reads mid-sentence ("management oversight and decision-making", "MASH and integrated front door"). */
export function themeLabeller(themes: readonly Theme[] = []): (id: string) => string {
  const labels = new Map(themes.map((theme) => [theme.id, theme.label]));
  return (id) => inRunningText(labels.get(id) ?? id.replace(/-/g, " "));
}

/** Lower-case the first letter unless the first word is an acronym. */
function inRunningText(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Theme labels in a sentence: "caseloads and workload", or "assessments; contacts and referrals" (semicolons, because labels hold "and"). */
export function themesInWords(labels: readonly string[]): string {
  return labels.join("; ");
}
