/**
 * A feature matrix for ml-logistic-regression that multiplies through its non-zero entries only.
 * The library multiplies by the matrix and its transpose at every step of every label; the features
 * do not change while it trains and are mostly zeros (a sentence has a few dozen of ~1,000), so the
 * matrix keeps its entries by row, makes its transpose once, and skips the zeros.
 */
import { Matrix } from "ml-matrix";

/** Rows of (column, value) entries as a matrix whose products cost the non-zeros, not rows × columns. */
export class SparseFeatures extends Matrix {
  readonly #offsets: Int32Array;
  readonly #columnsOf: Int32Array;
  readonly #valuesOf: Float64Array;
  #transposed: SparseFeatures | undefined;

  constructor(rows: readonly (readonly [number, number][])[], columns: number) {
    super(rows.length, columns);
    const total = rows.reduce((s, r) => s + r.length, 0);
    this.#offsets = new Int32Array(rows.length + 1);
    this.#columnsOf = new Int32Array(total);
    this.#valuesOf = new Float64Array(total);
    let at = 0;
    rows.forEach((entries, r) => {
      for (const [c, v] of [...entries].sort((a, b) => a[0] - b[0])) {
        this.set(r, c, v);
        this.#columnsOf[at] = c;
        this.#valuesOf[at++] = v;
      }
      this.#offsets[r + 1] = at;
    });
  }

  /** Rows of named features as a matrix over the named columns (names not among them are left out). */
  static fromNamed(rows: readonly ReadonlyMap<string, number>[], column: ReadonlyMap<string, number>): SparseFeatures {
    const entries = rows.map((features) => {
      const out: [number, number][] = [];
      for (const [name, value] of features) {
        const c = column.get(name);
        if (c !== undefined) out.push([c, value]);
      }
      return out;
    });
    return new SparseFeatures(entries, column.size);
  }

  override transpose(): Matrix {
    if (!this.#transposed) {
      const byColumn: [number, number][][] = Array.from({ length: this.columns }, () => []);
      for (let r = 0; r < this.rows; r++) {
        for (let k = this.#offsets[r]!; k < this.#offsets[r + 1]!; k++) byColumn[this.#columnsOf[k]!]!.push([r, this.#valuesOf[k]!]);
      }
      this.#transposed = new SparseFeatures(byColumn, this.rows);
    }
    return this.#transposed;
  }

  override mmul(other: Matrix): Matrix {
    if (other.rows !== this.columns) throw new RangeError(`cannot multiply ${this.rows}×${this.columns} by ${other.rows}×${other.columns}`);
    const result = new Matrix(this.rows, other.columns);
    for (let j = 0; j < other.columns; j++) {
      const vector = other.getColumn(j);
      for (let r = 0; r < this.rows; r++) {
        let sum = 0;
        for (let k = this.#offsets[r]!; k < this.#offsets[r + 1]!; k++) sum += this.#valuesOf[k]! * vector[this.#columnsOf[k]!]!;
        result.set(r, j, sum);
      }
    }
    return result;
  }
}
