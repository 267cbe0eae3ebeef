/**
 * Congruence diagonalization of a symmetric matrix over Q: an invertible C and
 * a diagonal D with C H Cᵀ = D. By Sylvester's law of inertia the signs of D
 * give the inertia (n₊, n₋, n₀) of H exactly, and a row c of C with D_ii < 0 is
 * a direction with cᵀ H c = D_ii < 0.
 *
 * Symmetric Gaussian elimination with pivoting; a zero diagonal with a nonzero
 * off-diagonal entry H_ij is handled like a 2×2 Bunch–Kaufman pivot, by the
 * congruence row_i += row_j (new diagonal H_ii + 2H_ij + H_jj, which is 2H_ij ≠ 0
 * when H_ii = H_jj = 0; otherwise a nonzero diagonal pivot exists).
 * Written here because no package of the stack does exact symmetric LDLᵀ.
 *
 * @example
 * ```ts
 * import { QQ, matFromStrings, congruenceDiagonal } from 'deeplin';
 * congruenceDiagonal(matFromStrings(QQ, [['0', '-2'], ['-2', '0']])).inertia; // [1,1,0]
 * ```
 */
import type { Matrix } from './matrix';
import { type Rational, RAT_ONE, RAT_ZERO, ratAdd, ratDiv, ratIsZero, ratMul, ratSub } from './rational';

export interface CongruenceDiagonal {
  /** Invertible, C H Cᵀ = diag(diagonal). */
  readonly C: Rational[][];
  readonly diagonal: Rational[];
  /** [n₊, n₋, n₀]. */
  readonly inertia: [number, number, number];
}

export function congruenceDiagonal(H: Matrix<Rational>): CongruenceDiagonal {
  const n = H.length;
  const M = H.map((row) => [...row]);
  const C = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? RAT_ONE : RAT_ZERO)));
  const swap = (i: number, j: number): void => {
    if (i === j) return;
    [M[i], M[j]] = [M[j], M[i]];
    for (const row of M) [row[i], row[j]] = [row[j], row[i]];
    [C[i], C[j]] = [C[j], C[i]];
  };
  // row_i += row_j and col_i += col_j (a congruence).
  const addTo = (i: number, j: number): void => {
    for (let c = 0; c < n; c++) M[i][c] = ratAdd(M[i][c], M[j][c]);
    for (let r = 0; r < n; r++) M[r][i] = ratAdd(M[r][i], M[r][j]);
    for (let c = 0; c < n; c++) C[i][c] = ratAdd(C[i][c], C[j][c]);
  };
  for (let k = 0; k < n; k++) {
    let p = -1;
    for (let i = k; i < n && p < 0; i++) if (!ratIsZero(M[i][i])) p = i;
    if (p < 0) {
      let pair: [number, number] | undefined;
      for (let i = k; i < n && !pair; i++) for (let j = i + 1; j < n && !pair; j++) if (!ratIsZero(M[i][j])) pair = [i, j];
      if (!pair) break; // the trailing block is zero
      addTo(pair[0], pair[1]);
      p = pair[0];
    }
    swap(k, p);
    const pivot = M[k][k];
    for (let i = k + 1; i < n; i++) {
      if (ratIsZero(M[i][k])) continue;
      const f = ratDiv(M[i][k], pivot);
      for (let c = k; c < n; c++) M[i][c] = ratSub(M[i][c], ratMul(f, M[k][c]));
      for (let r = k; r < n; r++) M[r][i] = ratSub(M[r][i], ratMul(f, M[r][k]));
      for (let c = 0; c < n; c++) C[i][c] = ratSub(C[i][c], ratMul(f, C[k][c]));
    }
  }
  const diagonal = M.map((row, i) => row[i]);
  const inertia: [number, number, number] = [0, 0, 0];
  for (const d of diagonal) inertia[d.num > 0n ? 0 : d.num < 0n ? 1 : 2]++;
  return { C, diagonal, inertia };
}
