/**
 * The full Hessian of L at a point, as a P × P matrix in the flat parameter
 * order (W_1 first, each row-major).
 *
 * From the t² coefficient of L(W_a + tE) (MATH §3.1), for parameters
 * p = (j, r, c) (entry (r, c) of W_j) and q = (k, r', c') with j > k:
 *   H_pq = 2 (A_jᵀA_k)[r,r'] ((B_jX)(B_kX)ᵀ)[c,c'] + 2 M_jk[c,r'] (A_jᵀ R Xᵀ B_kᵀ)[r,c'],
 * and for j = k only the first term. The first term is ⟨∂_pP X, ∂_qP X⟩ with
 * ∂_pP X = A_j[:,r] ⊗ (B_jX)[c,:]; the second is ⟨R, ∂_p∂_qP X⟩ with
 * ∂_p∂_qP = A_j E_rc M_jk E_r'c' B_k. The witness checker recomputes the
 * Hessian independently by jets (see `src/witness`), and the tests compare both
 * with exact polynomial differentiation and with finite differences.
 *
 * Cost O(P² + N² d³); refuses P > 4000 (a dense P × P matrix would be too large).
 *
 * @example
 * ```ts
 * import { QQ, pointFromStrings, matFromStrings, lossHessian, matToStrings } from 'deeplin';
 * const W = pointFromStrings(QQ, [[['0']], [['0']]]);
 * const H = lossHessian(QQ, W, matFromStrings(QQ, [['1']]), matFromStrings(QQ, [['1']]));
 * matToStrings(QQ, H); // [["0","-2"],["-2","0"]]
 * ```
 */
import type { Field } from '../algebra/field';
import { matMul, matTranspose, matZeros, type Matrix } from '../algebra/matrix';
import { ArgumentError } from '../errors';
import { layerProduct } from './layerProduct';
import { MAX_HESSIAN_PARAMETERS } from '../limits/maxHessianParameters';
import { residual } from './loss';
import type { NetworkPoint } from './networkPoint';
import { partialProducts } from './partialProducts';

export { MAX_HESSIAN_PARAMETERS };

export function lossHessian<T>(field: Field<T>, point: NetworkPoint<T>, X: Matrix<T>, Y: Matrix<T>): T[][] {
  const N = point.length;
  const offsets: number[] = [0];
  for (const W of point) offsets.push(offsets[offsets.length - 1] + W.length * W[0].length);
  const P = offsets[N];
  if (P > MAX_HESSIAN_PARAMETERS) {
    throw new ArgumentError('lossHessian', 'parameter count', P, `at most ${MAX_HESSIAN_PARAMETERS} (dense Hessian)`);
  }
  const { A, B } = partialProducts(field, point);
  const R = residual(field, point, X, Y);
  const BX = point.map((_, i) => matMul(field, B[i + 1], X));
  const H = matZeros(field, P, P);
  const two = field.fromInt(2);
  for (let j = 1; j <= N; j++) {
    const [dj, dj1] = [point[j - 1].length, point[j - 1][0].length];
    const AjT = matTranspose(A[j]);
    const AjTRXt = matMul(field, matMul(field, AjT, R), matTranspose(X));
    for (let k = 1; k <= j; k++) {
      const [dk, dk1] = [point[k - 1].length, point[k - 1][0].length];
      const GA = matMul(field, AjT, A[k]); // d_j × d_k
      const GB = matMul(field, BX[j - 1], matTranspose(BX[k - 1])); // d_{j-1} × d_{k-1}
      const M = k < j ? layerProduct(field, point, k + 1, j - 1) : undefined; // d_{j-1} × d_k
      const S = k < j ? matMul(field, AjTRXt, matTranspose(B[k])) : undefined; // d_j × d_{k-1}
      for (let r = 0; r < dj; r++) {
        for (let c = 0; c < dj1; c++) {
          const p = offsets[j - 1] + r * dj1 + c;
          for (let r2 = 0; r2 < dk; r2++) {
            for (let c2 = 0; c2 < dk1; c2++) {
              const q = offsets[k - 1] + r2 * dk1 + c2;
              let h = field.mul(GA[r][r2], GB[c][c2]);
              if (M && S) h = field.add(h, field.mul(M[c][r2], S[r][c2]));
              h = field.mul(two, h);
              H[p][q] = h;
              H[q][p] = h;
            }
          }
        }
      }
    }
  }
  return H;
}
