/**
 * Banded (profile) matrices over F_p: every row stores only the contiguous
 * range of columns where it may be nonzero. The Jacobians deeplin ranks are
 * of this shape — Δ_i depends only on W_i and W_{i+1}, and an orbit tangent
 * of W_i only on ξ_{i−1}, ξ_i — so a row of dδ touches two column blocks and
 * a row of dδ∘T three, whatever the depth.
 */
import { ArgumentError } from '../errors';
import { isPrime, MAX_PRIME } from './primeField';

/**
 * A rows × cols matrix over ZZ/p whose row i is zero outside the columns
 * [rowStart[i], rowStart[i] + rowValues[i].length), where it equals
 * `rowValues[i]` (residues in [0, p) stored as doubles).
 */
export interface BandedMatrix {
  readonly prime: number;
  readonly rows: number;
  readonly cols: number;
  readonly rowStart: Int32Array;
  readonly rowValues: readonly Float64Array[];
}

/**
 * Builds a {@link BandedMatrix} from rows `{ start, values }`, checking the
 * prime, the column range of every row and that every value is a residue.
 */
export function bandedMatrix(
  prime: number,
  cols: number,
  rows: readonly { readonly start: number; readonly values: ArrayLike<number> }[],
): BandedMatrix {
  if (!Number.isInteger(prime) || prime < 2 || prime > MAX_PRIME || !isPrime(prime)) {
    throw new ArgumentError('bandedMatrix', 'prime', prime, `a prime in [2, ${MAX_PRIME}]`);
  }
  if (!Number.isInteger(cols) || cols < 0) throw new ArgumentError('bandedMatrix', 'cols', cols, 'an integer >= 0');
  const rowStart = new Int32Array(rows.length);
  let total = 0;
  for (const r of rows) total += r.values.length;
  const buffer = new Float64Array(total); // all rows in one allocation
  let offset = 0;
  const rowValues = rows.map((r, i) => {
    if (!Number.isInteger(r.start) || r.start < 0 || r.start + r.values.length > cols) {
      throw new ArgumentError('bandedMatrix', `rows[${i}]`, { start: r.start, length: r.values.length }, `a column range inside [0, ${cols})`);
    }
    rowStart[i] = r.start;
    const v = buffer.subarray(offset, offset + r.values.length);
    v.set(r.values);
    offset += r.values.length;
    for (let j = 0; j < v.length; j++) {
      if (!Number.isInteger(v[j]) || v[j] < 0 || v[j] >= prime) {
        throw new ArgumentError('bandedMatrix', `rows[${i}].values[${j}]`, v[j], `a residue in [0, ${prime - 1}]`);
      }
    }
    return v;
  });
  return { prime, rows: rows.length, cols, rowStart, rowValues };
}

/**
 * The dense form of a banded matrix (for tests and small cases).
 */
export function bandedToDense(B: BandedMatrix): number[][] {
  return B.rowValues.map((v, i) => {
    const row = new Array<number>(B.cols).fill(0);
    for (let j = 0; j < v.length; j++) row[B.rowStart[i] + j] = v[j];
    return row;
  });
}

/**
 * Number of stored entries (the memory the banded form needs, in doubles).
 */
export function bandedStoredEntries(B: BandedMatrix): number {
  let n = 0;
  for (const v of B.rowValues) n += v.length;
  return n;
}

/**
 * Zero rows for a matrix built block by block: `count` rows stored on
 * [start, start + length) per block, all views into one Float64Array (one
 * allocation however many rows), ready to be filled and passed to {@link bandedMatrix}.
 */
export function zeroBandedRows(blocks: readonly { readonly count: number; readonly start: number; readonly length: number }[]): { start: number; values: Float64Array }[] {
  let total = 0;
  for (const b of blocks) total += b.count * b.length;
  const buffer = new Float64Array(total);
  const rows: { start: number; values: Float64Array }[] = [];
  let offset = 0;
  for (const b of blocks) {
    for (let k = 0; k < b.count; k++) {
      rows.push({ start: b.start, values: buffer.subarray(offset, offset + b.length) });
      offset += b.length;
    }
  }
  return rows;
}

/**
 * Wraps rows from {@link zeroBandedRows}, filled with residues in [0, p) by
 * deeplin's own builders, without the copy and checks of {@link bandedMatrix}
 * (one pass less over the largest arrays deeplin handles). Internal: not in
 * the public index; callers guarantee 0 <= entries < p and ranges inside [0, cols).
 */
export function bandedMatrixFromBuilder(prime: number, cols: number, rows: readonly { readonly start: number; readonly values: Float64Array }[]): BandedMatrix {
  const rowStart = new Int32Array(rows.length);
  rows.forEach((r, i) => {
    rowStart[i] = r.start;
  });
  return { prime, rows: rows.length, cols, rowStart, rowValues: rows.map((r) => r.values) };
}
