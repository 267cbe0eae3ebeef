/**
 * The characteristic polynomial det(xI − A) of a square rational matrix, by
 * Faddeev–LeVerrier (exact over Q: the divisions are by integers). Coefficients
 * low degree first; the leading coefficient is 1.
 *
 * @example
 * ```ts
 * import { QQ, matFromStrings, characteristicPolynomial, ratToString } from 'deeplin';
 * characteristicPolynomial(matFromStrings(QQ, [['2', '1'], ['1', '2']])).map(ratToString); // ["3","-4","1"]
 * ```
 */
import { matIdentity, matMul, matTrace, type Matrix } from './matrix';
import { type Rational, rational, RAT_ONE, ratAdd, ratDiv, ratNeg } from './rational';
import { QQ } from './rationalField';

export function characteristicPolynomial(A: Matrix<Rational>): Rational[] {
  const n = A.length;
  const c: Rational[] = new Array<Rational>(n + 1).fill(RAT_ONE);
  let M: Rational[][] = matIdentity(QQ, n).map((row) => row.map(() => QQ.zero)); // M_0 = 0
  for (let k = 1; k <= n; k++) {
    M = matMul(QQ, A, M);
    for (let i = 0; i < n; i++) M[i][i] = ratAdd(M[i][i], c[n - k + 1]);
    c[n - k] = ratNeg(ratDiv(matTrace(QQ, matMul(QQ, A, M)), rational(k)));
  }
  return c;
}
