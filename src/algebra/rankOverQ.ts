/**
 * Exact rank over Q by fraction-free (Bareiss) elimination.
 *
 * Why fraction-free: Gaussian elimination on rationals computes a gcd for
 * every entry update, and the intermediate numerators and denominators can
 * grow to many times the size of the final answer. Instead each row is
 * scaled by the lcm of its denominators (and divided by the gcd of the
 * resulting integers) — which does not change the rank — and Bareiss's
 * elimination runs on bigint integers:
 *
 *   a_ij ← (a_rc · a_ij − a_ic · a_rj) / prev,   prev = previous pivot.
 *
 * By Sylvester's determinant identity every intermediate entry is a minor
 * of the (integer) matrix, so the division is exact, entries stay bounded by
 * Hadamard's bound (sizes grow linearly with the step, never exponentially)
 * and there is no rounding and no gcd anywhere in the inner loop.
 */
import type { Matrix } from './matrix';
import { matrixShape } from './matrixShape';
import type { Rational } from './rational';

/**
 * Exact rank of a rational matrix, by fraction-free Bareiss elimination on
 * the integer matrix obtained by clearing each row's denominators.
 * Independent of `rank(QQ, ·)` (which divides by rational pivots), so the
 * two can check each other. Throws ArgumentError for a ragged matrix.
 *
 * @example
 * ```ts
 * import { matFromStrings, QQ, rankOverQ } from 'deeplin';
 * const A = matFromStrings(QQ, [['1', '1/2', '1/3'], ['1/2', '1/3', '1/4'], ['1', '2/3', '1/2']]);
 * rankOverQ(A); // 2 (the third row is twice the second)
 * ```
 */
export function rankOverQ(A: Matrix<Rational>): number {
  const { rows: m, cols: n } = matrixShape('rankOverQ', A);
  if (m === 0 || n === 0) return 0;
  const M: bigint[][] = [];
  for (const row of A) {
    const ints = clearDenominators(row);
    if (ints !== undefined) M.push(ints);
  }
  const rows = M.length;
  let prev = 1n;
  let r = 0;
  for (let c = 0; c < n && r < rows; c++) {
    let piv = r;
    while (piv < rows && M[piv][c] === 0n) piv++;
    if (piv === rows) continue;
    if (piv !== r) [M[piv], M[r]] = [M[r], M[piv]];
    const pivotRow = M[r];
    const a = pivotRow[c];
    for (let i = r + 1; i < rows; i++) {
      const row = M[i];
      const b = row[c];
      for (let j = c + 1; j < n; j++) row[j] = (a * row[j] - b * pivotRow[j]) / prev;
      row[c] = 0n;
    }
    prev = a;
    r++;
  }
  return r;
}

/** The row times lcm(denominators) divided by the gcd of the result; undefined for a zero row. */
function clearDenominators(row: readonly Rational[]): bigint[] | undefined {
  let l = 1n;
  for (const x of row) if (x.den !== 1n) l = (l / gcd(l, x.den)) * x.den;
  const ints = row.map((x) => (x.den === l ? x.num : x.num * (l / x.den)));
  let g = 0n;
  for (const v of ints) {
    if (v !== 0n) g = gcd(g, v);
    if (g === 1n) break;
  }
  if (g === 0n) return undefined;
  return g === 1n ? ints : ints.map((v) => v / g);
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
