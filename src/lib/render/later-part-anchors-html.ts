import { attr } from "./escape-html.ts";

/**
 * Part 1's anchors of the findings printed in later parts, one link each ("Go to part 3"), ordered by
 * part then id: no class (the CSS finds them as .later-parts > a) and no quotes around their
 * attributes (attr), since a long document has hundreds.
 */
export function laterPartAnchorsHtml(partOf: ReadonlyMap<string, number>): string {
  return [...partOf.entries()]
    .filter(([, part]) => part > 1)
    .sort(([a, pa], [b, pb]) => pa - pb || (a < b ? -1 : 1))
    .map(([id, part]) => `<a id=${attr(id)} href=${attr(`${part}/#${id}`)}>Go to part ${part}</a>`)
    .join("");
}
