/**
 * The orbit tangent map at W (MATH §4): T_W(ξ) = (ξ_i W_i − W_i ξ_{i−1})_{i=1..N}
 * for ξ = (ξ_0, …, ξ_N), ξ_v ∈ gl(d_v). Its image is the tangent space of the
 * G-orbit through W, so rank(dδ_W ∘ T_W) at a generic orbit point is
 * dim cl δ(orbit).
 *
 * `orbitTangentBasis` lists T_W(E) for the unit matrices E of each gl(d_v),
 * v = 0..N (entries row-major): Σ d_v² tangent vectors.
 */
import type { Field } from '../algebra/field';
import { matMul, matSub, matUnit, matZeros, type Matrix } from '../algebra/matrix';
import type { NetworkPoint } from '../model/networkPoint';

export function orbitTangent<T>(field: Field<T>, point: NetworkPoint<T>, xi: readonly Matrix<T>[]): Matrix<T>[] {
  return point.map((W, idx) => matSub(field, matMul(field, xi[idx + 1], W), matMul(field, W, xi[idx])));
}

export function orbitTangentBasis<T>(field: Field<T>, point: NetworkPoint<T>): Matrix<T>[][] {
  const N = point.length;
  const dims = [point[0][0].length, ...point.map((W) => W.length)];
  const out: Matrix<T>[][] = [];
  for (let v = 0; v <= N; v++) {
    const d = dims[v];
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < d; b++) {
        const E = matUnit(field, d, d, a, b);
        // only W_v (ξ_v on the left) and W_{v+1} (ξ_v on the right) move
        const tangent = point.map((W) => matZeros(field, W.length, W[0].length) as Matrix<T>);
        if (v >= 1) tangent[v - 1] = matMul(field, E, point[v - 1]);
        if (v < N) tangent[v] = matSub(field, tangent[v], matMul(field, point[v], E));
        out.push(tangent);
      }
    }
  }
  return out;
}
