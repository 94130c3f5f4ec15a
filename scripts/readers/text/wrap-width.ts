/**
 * The column a hard-wrapped text file was wrapped at, or undefined when its paragraphs run on one line.
 * Hard-wrapped text has most of its lines a little short of one width and almost none past it.
 */
export function estimateWrapWidth(lines: readonly string[]): number | undefined {
  const lengths = lines.map((line) => line.length).filter((length) => length > 0).sort((a, b) => a - b);
  if (lengths.length < 8) return undefined;
  const p90 = lengths[Math.floor(0.9 * (lengths.length - 1))] ?? 0;
  if (p90 < 40 || p90 > 120) return undefined;
  const longer = lengths.filter((length) => length > p90 + 10).length;
  if (longer > 0.05 * lengths.length) return undefined;
  const nearWidth = lengths.filter((length) => length >= p90 - 20).length;
  if (nearWidth < 0.4 * lengths.length) return undefined;
  // reduce, not Math.max(...): spreading a large file's line lengths overflows the stack.
  return lengths.filter((length) => length <= p90 + 10).reduce((a, b) => Math.max(a, b), 0);
}

/** True when the next line's first word would not have fitted after `line`: the break was the wrapper's. */
export function wasWrapped(line: string, nextFirstWord: string, width: number | undefined): boolean {
  return width !== undefined && line.length + 1 + nextFirstWord.length > width - 2;
}
