/**
 * Sorting the few items of one sentence (its cues, its themes) in place without the allocations of
 * Array.prototype.sort, which copies every array it sorts. Stable, like it: for the same comparator (a
 * consistent ordering) the result is the same array order.
 */

/** Sort `items` in place by `compare`, keeping equal items in the order they came; returns `items`. */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

/** Strings in the order Array.prototype.sort gives them with no comparator (by UTF-16 code units). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
