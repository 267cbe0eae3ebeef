/**
 * L(W + tE) as an exact polynomial in t (coefficients constant term first):
 * the layers W_i + tE_i multiplied as matrices of polynomials. Used for the
 * descent curve of the evidence file.
 */
import { type Matrix, matMul, matSub } from '../algebra/matrix';
import { type Rational, RAT_ZERO, ratAdd, ratMul } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import type { NetworkPoint } from '../model/networkPoint';

type PolyMatrix = Rational[][][]; // entry [i][j] is a coefficient array

export function lineLossPolynomial(point: NetworkPoint<Rational>, E: readonly Matrix<Rational>[], X: Matrix<Rational>, Y: Matrix<Rational>): Rational[] {
  let P: PolyMatrix = point[0].map((row, i) => row.map((w, j) => [w, E[0][i][j]]));
  for (let k = 1; k < point.length; k++) P = polyMatMul(point[k].map((row, i) => row.map((w, j) => [w, E[k][i][j]])), P);
  const deg = P[0][0].length;
  const coeff = (c: number): Rational[][] => P.map((row) => row.map((p) => p[c]));
  // R(t) = P(t) X − Y, coefficient by coefficient
  const R = Array.from({ length: deg }, (_, c) => (c === 0 ? matSub(QQ, matMul(QQ, coeff(0), X), Y) : matMul(QQ, coeff(c), X)));
  const out = new Array<Rational>(2 * deg - 1).fill(RAT_ZERO);
  for (let a = 0; a < deg; a++) {
    for (let b = 0; b < deg; b++) {
      let s = RAT_ZERO;
      for (let i = 0; i < R[a].length; i++) for (let j = 0; j < R[a][i].length; j++) s = ratAdd(s, ratMul(R[a][i][j], R[b][i][j]));
      out[a + b] = ratAdd(out[a + b], s);
    }
  }
  return out;
}

function polyMatMul(A: PolyMatrix, B: PolyMatrix): PolyMatrix {
  const da = A[0][0].length;
  const db = B[0][0].length;
  return A.map((row) => B[0].map((_, j) => {
    const out = new Array<Rational>(da + db - 1).fill(RAT_ZERO);
    for (let k = 0; k < row.length; k++) {
      for (let x = 0; x < da; x++) {
        if (row[k][x].num === 0n) continue;
        for (let y = 0; y < db; y++) out[x + y] = ratAdd(out[x + y], ratMul(row[k][x], B[k][j][y]));
      }
    }
    return out;
  }));
}
