/**
 * The pairs (X_0, X_N) with X_0 A = B X_N — the linear condition on the end
 * gauges of the cyclic quiver (C = X Yᵀ closes the cycle 0 → N ⇢ 0): with
 * A = B = C it is the Lie algebra of the stabiliser of C
 * ({@link stabilizerLieAlgebraBasis}), with A = C⁰, B = C the gauges moving a
 * normal form's C⁰ to C ({@link cyclePoint}).
 */
import type { Field } from '../algebra/field';
import type { Matrix } from '../algebra/matrix';
import { nullspace } from '../algebra/nullspace';

/**
 * A basis of {(X_0, X_N) : X_0 A = B X_N} for d_0 × d_N matrices A, B
 * (X_0 is d_0 × d_0, X_N is d_N × d_N), from the nullspace of the linear map
 * (X_0, X_N) ↦ X_0 A − B X_N (one equation per entry).
 */
export function intertwinerBasis<T>(field: Field<T>, A: Matrix<T>, B: Matrix<T>): { readonly x0: T[][]; readonly xN: T[][] }[] {
  const d0 = A.length;
  const dN = A[0].length;
  const unknowns = d0 * d0 + dN * dN;
  const rows: T[][] = [];
  for (let r = 0; r < d0; r++) {
    for (let c = 0; c < dN; c++) {
      const row = new Array<T>(unknowns).fill(field.zero);
      // (X_0 A)[r][c] = Σ_t X_0[r][t] A[t][c]
      for (let t = 0; t < d0; t++) row[r * d0 + t] = field.add(row[r * d0 + t], A[t][c]);
      // (B X_N)[r][c] = Σ_t B[r][t] X_N[t][c]
      for (let t = 0; t < dN; t++) row[d0 * d0 + t * dN + c] = field.sub(row[d0 * d0 + t * dN + c], B[r][t]);
      rows.push(row);
    }
  }
  return nullspace(field, rows, unknowns).map((vec) => ({
    x0: Array.from({ length: d0 }, (_, r) => vec.slice(r * d0, (r + 1) * d0)),
    xN: Array.from({ length: dN }, (_, r) => vec.slice(d0 * d0 + r * dN, d0 * d0 + (r + 1) * dN)),
  }));
}
