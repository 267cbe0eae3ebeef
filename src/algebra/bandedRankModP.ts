/**
 * Exact rank over F_p of a {@link BandedMatrix}, by Gaussian elimination that
 * keeps the fill-in inside the band.
 *
 * Rows wait in buckets indexed by their leading (first nonzero) column.
 * Column c takes the rows of its bucket; the one whose support ends first is
 * the pivot, and every other row r is reduced, r ← r − (r_c / pivot_c)·pivot,
 * after which it moves to the bucket of its new leading column. A reduced row
 * ends where the longer of the two ended, so for block-banded matrices
 * (row block i supported on column blocks i..i+k) the support never leaves
 * the band. Each elimination costs at most the band width w (stored entries
 * of a row), and a column sees at most the rows of a few row blocks, so the
 * work is O(rows · h · w) for row blocks of height h — linear in the depth at
 * fixed width — instead of the dense O(rows · cols · rank).
 *
 * Inner loops are {@link addRowMultipleModP}: doubles, no BigInt, no `%`.
 */
import { addRowMultipleModP } from './addRowMultipleModP';
import type { BandedMatrix } from './bandedMatrix';
import { invMod, mulMod } from './primeField';

/**
 * The rank of `B` over ZZ/p (p = `B.prime`). `B` is not modified, unless
 * `{ overwrite: true }` lets the elimination work in B's own rows (one copy
 * less, for callers that built B just for this rank).
 *
 * Same answer as the dense `rank(primeField(p), bandedToDense(B))` —
 * property-tested on random banded matrices, rank-deficient ones included.
 */
export function bandedRankModP(B: BandedMatrix, options: { readonly overwrite?: boolean } = {}): number {
  const p = B.prime;
  const m = B.rows;
  // one working copy of all rows (a row never grows, see below, so views suffice);
  // `overwrite: true` eliminates in B's own rows instead (B is then garbage)
  let total = 0;
  if (!options.overwrite) for (const v of B.rowValues) total += v.length;
  const buffer = new Float64Array(total);
  const start = new Int32Array(m);
  const values: (Float64Array | null)[] = new Array(m);
  const head = new Int32Array(B.cols).fill(-1);
  const next = new Int32Array(m).fill(-1);
  const enqueue = (i: number, from: number): void => {
    const v = values[i] as Float64Array;
    const s = start[i];
    for (let j = from - s; j < v.length; j++) {
      if (v[j] !== 0) {
        next[i] = head[s + j];
        head[s + j] = i;
        return;
      }
    }
    values[i] = null; // a zero row
  };
  let offset = 0;
  for (let i = 0; i < m; i++) {
    const src = B.rowValues[i];
    let view = src;
    if (!options.overwrite) {
      view = buffer.subarray(offset, offset + src.length);
      view.set(src);
      offset += src.length;
    }
    start[i] = B.rowStart[i];
    values[i] = view;
    enqueue(i, start[i]);
  }
  let rank = 0;
  const bucket: number[] = [];
  for (let c = 0; c < B.cols; c++) {
    if (head[c] < 0) continue;
    bucket.length = 0;
    let pivot = -1;
    let pivotEnd = Infinity;
    for (let i = head[c]; i >= 0; i = next[i]) {
      bucket.push(i);
      const end = start[i] + (values[i] as Float64Array).length;
      if (end < pivotEnd) {
        pivot = i;
        pivotEnd = end;
      }
    }
    rank++;
    const pv = values[pivot] as Float64Array;
    const ps = start[pivot];
    const inv = invMod(pv[c - ps], p);
    for (const i of bucket) {
      if (i === pivot) continue;
      // The pivot ends first, so row − f·pivot stays inside the row's own
      // stored range [start, end): elimination never widens a row.
      const v = values[i] as Float64Array;
      const s = start[i];
      const f = mulMod(v[c - s], inv, p);
      addRowMultipleModP(v, s, pv, ps, p - f, c + 1, pivotEnd, p);
      v[c - s] = 0;
      enqueue(i, c + 1);
    }
    values[pivot] = null;
  }
  return rank;
}
