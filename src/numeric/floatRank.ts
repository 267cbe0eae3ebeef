/**
 * Numerical rank from the singular value decomposition, reported as a tagged
 * result (in the style of HomotopyContinuation.jl): numeric outcomes never
 * throw, they are a `status` the caller must look at.
 */
import { Matrix as MlMatrix, SingularValueDecomposition } from 'ml-matrix';
import { ArgumentError } from '../errors';
import { resolveTolerances, type Tolerances } from './tolerance';

/**
 * Options of {@link floatRank}.
 */
export interface FloatRankOptions {
  /** Overrides of the defaults in `TOLERANCES` (validated by `resolveTolerances`). */
  readonly tolerances?: Partial<Tolerances>;
}

/**
 * A rank was computed: `'ok'` (clear gap), `'no-gap'` (ambiguous) or `'zero-matrix'`.
 *
 * @example
 * ```ts
 * import { floatRank } from 'deeplin';
 * const r = floatRank([[1, 0, 0], [0, 1e-15, 0], [0, 0, 1e-17]]);
 * r.status; // "no-gap"  (σ_2 / σ_3 = 100 < minGapRatio)
 * r.rank;   // 2
 * ```
 */
export interface FloatRankComputed {
  /**
   * - `'ok'`: `gapRatio ≥ minGapRatio`, the numerical rank is well separated;
   * - `'no-gap'`: the rank at the threshold is reported but is numerically
   *   ambiguous (`gapRatio < minGapRatio`): settle it exactly;
   * - `'zero-matrix'`: every entry is 0 (including 0 × n and m × 0), rank 0.
   */
  readonly status: 'ok' | 'no-gap' | 'zero-matrix';
  /** Number of singular values above `threshold`. */
  readonly rank: number;
  /** All `min(m, n)` singular values, in descending order. */
  readonly singularValues: number[];
  /**
   * `σ_r / σ_{r+1}` (1-based) at `r = rank`. At full rank `r = min(m, n)`
   * there is no σ_{r+1}, so the gap is measured against the tolerance:
   * `σ_r / threshold` (a barely-full-rank matrix is then flagged `'no-gap'`).
   * `Infinity` when `σ_{r+1} = 0` exactly; `0` when a nonzero matrix gets
   * rank 0 (only possible with a huge user `rankRelative`).
   */
  readonly gapRatio: number;
  /** `rankRelative · σ_max · max(m, n)`: singular values above it count. */
  readonly threshold: number;
  /** The tolerances actually used. */
  readonly tolerances: Tolerances;
}

/**
 * Some entry is NaN or ±Infinity: no rank is computed.
 *
 * @example
 * ```ts
 * import { floatRank } from 'deeplin';
 * const r = floatRank([[1, Number.NaN]]);
 * r.status; // "not-finite"
 * r.rank;   // null
 * ```
 */
export interface FloatRankNotFinite {
  readonly status: 'not-finite';
  readonly rank: null;
  readonly singularValues: number[];
  readonly gapRatio: null;
  readonly threshold: null;
  readonly tolerances: Tolerances;
}

/**
 * Result of {@link floatRank}; narrow on `status` before using `rank`.
 */
export type FloatRankResult = FloatRankComputed | FloatRankNotFinite;

/**
 * Numerical rank of a real matrix from its singular values (ml-matrix SVD,
 * singular values only; a wide matrix is transposed first, so the SVD always
 * sees a tall one — ml-matrix warns on wide input otherwise; the singular
 * values are those of the transpose). The matrix is scaled by a power of
 * two (exactly) before the SVD so that huge or tiny entries do not overflow.
 *
 * A float rank is an estimate: always look at `status` and `gapRatio`, and
 * never let it override an exact rank (`rank`, `rankOverQ`, `rankModP`).
 * Throws ArgumentError only for misuse (not an array, ragged rows, entries
 * that are not numbers, bad tolerances); NaN/Infinity give status
 * `'not-finite'`.
 *
 * @example
 * ```ts
 * import { floatRank } from 'deeplin';
 * const r = floatRank([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
 * r.status;               // "ok"
 * r.rank;                 // 2
 * r.gapRatio > 1e12;      // true
 * floatRank([[0, 0], [0, 0]]).status; // "zero-matrix"
 * ```
 */
export function floatRank(A: number[][] | readonly (readonly number[])[], options: FloatRankOptions = {}): FloatRankResult {
  if (options === null || typeof options !== 'object') {
    throw new ArgumentError('floatRank', 'options', options, 'an object { tolerances? }');
  }
  const tolerances = resolveTolerances(options.tolerances);
  if (!Array.isArray(A)) throw new ArgumentError('floatRank', 'A', A === undefined ? 'undefined' : A, 'an array of rows of numbers');
  const m = A.length;
  const n = m === 0 ? 0 : rowLength(A[0], 0, undefined);
  let maxAbs = 0;
  let finite = true;
  for (let i = 0; i < m; i++) {
    const row = A[i];
    rowLength(row, i, n);
    for (let j = 0; j < n; j++) {
      const x: unknown = row[j];
      if (typeof x !== 'number') throw new ArgumentError('floatRank', `A[${i}][${j}]`, x === undefined ? 'undefined' : x, 'a number');
      if (!Number.isFinite(x)) finite = false;
      else if (Math.abs(x) > maxAbs) maxAbs = Math.abs(x);
    }
  }
  if (!finite) {
    return { status: 'not-finite', rank: null, singularValues: [], gapRatio: null, threshold: null, tolerances };
  }
  const k = Math.min(m, n);
  if (maxAbs === 0) {
    return { status: 'zero-matrix', rank: 0, singularValues: new Array<number>(k).fill(0), gapRatio: Infinity, threshold: 0, tolerances };
  }
  // Exact scaling by 2^-e puts the largest entry in [0.5, 1).
  const e = Math.floor(Math.log2(maxAbs)) + 1;
  const tall = m >= n;
  const rows = tall ? m : n;
  const cols = tall ? n : m;
  const data: number[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const r = new Array<number>(cols);
    for (let j = 0; j < cols; j++) r[j] = ldexp(tall ? A[i][j] : A[j][i], -e);
    data[i] = r;
  }
  const svd = new SingularValueDecomposition(new MlMatrix(data), {
    computeLeftSingularVectors: false,
    computeRightSingularVectors: false,
  });
  const scaled = svd.diagonal.slice(0, k).map((s) => Math.abs(s)).sort((a, b) => b - a);
  const thresholdScaled = tolerances.rankRelative * scaled[0] * Math.max(m, n);
  let r = 0;
  while (r < k && scaled[r] > thresholdScaled) r++;
  let gapRatio: number;
  if (r === k) gapRatio = thresholdScaled > 0 ? scaled[r - 1] / thresholdScaled : Infinity;
  else if (scaled[r] === 0) gapRatio = Infinity;
  else if (r === 0) gapRatio = 0;
  else gapRatio = scaled[r - 1] / scaled[r];
  return {
    status: gapRatio >= tolerances.minGapRatio ? 'ok' : 'no-gap',
    rank: r,
    singularValues: scaled.map((s) => ldexp(s, e)),
    gapRatio,
    threshold: ldexp(thresholdScaled, e),
    tolerances,
  };
}

function rowLength(row: unknown, i: number, expected: number | undefined): number {
  if (!Array.isArray(row)) throw new ArgumentError('floatRank', `A[${i}]`, row === undefined ? 'undefined' : row, 'an array (a row)');
  if (expected !== undefined && row.length !== expected) {
    throw new ArgumentError('floatRank', `A[${i}].length`, row.length, `${expected} (the length of A[0]; rows must have equal length)`);
  }
  return row.length;
}

/** x · 2^e, in two steps so that no power of two overflows (|e| ≤ 2100). */
function ldexp(x: number, e: number): number {
  const half = Math.trunc(e / 2);
  return x * 2 ** half * 2 ** (e - half);
}
