/**
 * Training examples as sparse rows (compressed sparse row form): a sentence has a few dozen
 * features out of thousands, so products with the weights cost only the non-zeros.
 */

/** Rows of (column, value) entries, stored flat. */
export interface SparseRows {
  rows: number;
  columns: number;
  /** Row r's entries are at offsets[r] … offsets[r + 1] - 1 of `columnOf` and `valueOf`. */
  offsets: Int32Array;
  columnOf: Int32Array;
  valueOf: Float64Array;
}

/** Sparse rows from named feature values, keeping the features `column` numbers (others are dropped). */
export function sparseRows(named: readonly ReadonlyMap<string, number>[], column: ReadonlyMap<string, number>): SparseRows {
  const entries = named.map((values) => {
    const row: [number, number][] = [];
    for (const [name, value] of values) {
      const c = column.get(name);
      if (c !== undefined && value !== 0) row.push([c, value]);
    }
    return row.sort((a, b) => a[0] - b[0]);
  });
  const total = entries.reduce((s, r) => s + r.length, 0);
  const offsets = new Int32Array(entries.length + 1);
  const columnOf = new Int32Array(total);
  const valueOf = new Float64Array(total);
  let at = 0;
  entries.forEach((row, r) => {
    for (const [c, v] of row) {
      columnOf[at] = c;
      valueOf[at++] = v;
    }
    offsets[r + 1] = at;
  });
  return { rows: entries.length, columns: column.size, offsets, columnOf, valueOf };
}
