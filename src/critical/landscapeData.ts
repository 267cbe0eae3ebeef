/**
 * Default data for an architecture: X = I (d_0 × d_0, so Σ_XX = I) and
 * Y = U [diag(s) 0] (d_N × d_0) with s = (m, m−1, …, 1), m = min(d_0, d_N),
 * and U a rational orthogonal d_N × d_N matrix (a product of Givens rotations
 * with cosine 3/5 and sine 4/5). Then Σ = Σ_YX Σ_XX⁻¹ Σ_XY = Y Yᵀ = U diag(s², 0) Uᵀ
 * has the distinct rational eigenvalues m², …, 4, 1 (plus d_N − m zeros) and
 * the rational orthonormal eigenvectors U e_i, so every critical value
 * tr(Σ_YY) − Σ_{i∈S} λ_i and every representative point is exact.
 *
 * @example
 * ```ts
 * import { QQ, defaultLandscapeData, matToStrings } from 'deeplin';
 * const { X, Y } = defaultLandscapeData([2, 1, 2]);
 * matToStrings(QQ, X); // [["1","0"],["0","1"]]
 * matToStrings(QQ, Y); // [["6/5","-4/5"],["8/5","3/5"]]
 * ```
 */
import { matIdentity, matMul, type Matrix } from '../algebra/matrix';
import { type Rational, rational, RAT_ZERO } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { architecture } from '../model/architecture';

export function defaultLandscapeData(widths: readonly number[]): { X: Rational[][]; Y: Rational[][] } {
  const arch = architecture(widths);
  const d0 = arch.widths[0];
  const dN = arch.widths[arch.depth];
  const m = Math.min(d0, dN);
  const D = Array.from({ length: dN }, (_, i) => Array.from({ length: d0 }, (_, j) => (i === j && i < m ? rational(m - i) : RAT_ZERO)));
  return { X: matIdentity(QQ, d0), Y: matMul(QQ, rationalRotation(dN), D) };
}

/** The rational orthogonal n × n matrix G_{0,1} G_{1,2} ⋯ G_{n−2,n−1}, each G a Givens rotation by (3/5, 4/5). */
export function rationalRotation(n: number): Rational[][] {
  let U: Matrix<Rational> = matIdentity(QQ, n);
  const c = rational(3, 5);
  const s = rational(4, 5);
  for (let i = 0; i + 1 < n; i++) {
    const G = matIdentity(QQ, n);
    G[i][i] = c;
    G[i][i + 1] = QQ.neg(s);
    G[i + 1][i] = s;
    G[i + 1][i + 1] = c;
    U = matMul(QQ, U, G);
  }
  return U.map((row) => [...row]);
}
