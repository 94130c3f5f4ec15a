/**
 * The colour scale of the heat map and the theme map: the share of findings that are strengths,
 * in five bins from mostly areas to improve to mostly strengths. Bins, not a continuous ramp, so
 * the legend can name each colour and a reader can match a cell to it.
 */

/** One bin of the scale: its CSS class (global.css-independent, see heat-scale.css) and its legend. */
export interface ShareBin {
  className: string;
  label: string;
}

export const SHARE_BINS: readonly ShareBin[] = [
  { className: "h0", label: "under 20% strengths" },
  { className: "h1", label: "20–39% strengths" },
  { className: "h2", label: "40–59% strengths" },
  { className: "h3", label: "60–79% strengths" },
  { className: "h4", label: "80% or more strengths" },
];

/** The share of strengths among strengths and areas to improve (0–1), or null when there are none. */
export function strengthShare(strengths: number, improvements: number): number | null {
  const total = strengths + improvements;
  return total === 0 ? null : strengths / total;
}

/** The bin a share falls in (a share of exactly 0.2 is in the second bin). */
export function shareBin(share: number): ShareBin {
  const index = Math.min(SHARE_BINS.length - 1, Math.floor(share * SHARE_BINS.length + 1e-9));
  return SHARE_BINS[Math.max(0, index)]!;
}

/** "58%": a share as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
