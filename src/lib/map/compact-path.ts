/**
 * SVG path data made shorter without moving a point: d3-geo writes every point absolute
 * ("M447,485L447,486L449,488Z"); after each subpath's first point this writes the moves relative to
 * the point before, in one "l" run ("M447,485l0,1 2,2z"), with a minus sign standing for the space
 * before a negative number. The map's paths were 60 kB of each of the 34 pages that show it.
 */

/**
 * `d` (M, L and Z commands with absolute points, as d3-geo's geoPath writes them) in the shorter form;
 * `digits`: the decimals d3-geo was asked for (at most that many are kept).
 */
export function compactPath(d: string, digits = 1): string {
  const scale = 10 ** digits;
  const out: string[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === "Z") {
      out.push("z");
      continue;
    }
    const numbers = args!.split(",").map((n) => Math.round(Number(n) * scale));
    const [px, py] = [numbers[0]!, numbers[1]!];
    if (command === "M") out.push(`M${format(px, scale)},${format(py, scale)}`);
    else out.push(`${out.at(-1)?.startsWith("M") || out.at(-1)?.startsWith("z") || out.length === 0 ? "l" : pairSeparator(px - x)}${format(px - x, scale)}${py - y < 0 ? "" : ","}${format(py - y, scale)}`);
    x = px;
    y = py;
  }
  return out.join("");
}

/** Nothing before a negative number (its minus sign separates it), a space otherwise. */
function pairSeparator(dx: number): string {
  return dx < 0 ? "" : " ";
}

/** An integer count of 1/scale units as the shortest decimal ("-0.5" → "-.5"). */
function format(units: number, scale: number): string {
  if (scale === 1) return String(units);
  const text = String(units / scale);
  return text.replace(/^(-?)0\./, "$1.");
}
