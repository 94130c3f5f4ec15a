/** Renders rows as a plain-text table: a header, a rule, and columns padded to their widest cell. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  // Numbers read best right-aligned; anything else left-aligned.
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[-\d.%/ ]+$/.test(r[i] ?? "")));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** A ratio as a fixed three-decimal figure. */
export function fixed(value: number): string {
  return value.toFixed(3);
}

/** A share as a percentage with one decimal. */
export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** Shortens a text for a table cell. */
export function clip(text: string, length = 100): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}
