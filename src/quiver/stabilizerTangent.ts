/**
 * The subgroup H ⊂ G = Π_{v=0}^{N} GL(d_v) fixing the data matrix C = X Yᵀ
 * (g_0 C g_N^{-1} = C) and the tangent space of its orbits (MATH §4,
 * "Data-dependent conditions").
 *
 * `stabilizerLieAlgebraBasis(widths, C)` is a basis of
 * h = {ξ = (ξ_0, …, ξ_N) : ξ_0 C = C ξ_N}: the unit matrices of gl(d_v) for
 * v = 1..N−1, then the pairs (ξ_0, ξ_N) of an exact nullspace basis of the
 * linear map (ξ_0, ξ_N) ↦ ξ_0 C − C ξ_N (unknowns: ξ_0 row-major, then ξ_N
 * row-major). For C of full rank that map is onto, so
 * dim h = Σ_v d_v² − d_0 d_N.
 *
 * `stabilizerOrbitTangentBasis(field, point, C)` lists T_W(ξ) =
 * (ξ_i W_i − W_i ξ_{i−1})_i for that basis: it spans the tangent space of the
 * H-orbit through W.
 */
import type { Field } from '../algebra/field';
import { matUnit, matZeros, type Matrix } from '../algebra/matrix';
import { ArgumentError } from '../errors';
import type { NetworkPoint } from '../model/networkPoint';
import { intertwinerBasis } from './intertwinerBasis';
import { orbitTangent } from './orbitTangent';

export function stabilizerLieAlgebraBasis<T>(field: Field<T>, widths: readonly number[], C: Matrix<T>): Matrix<T>[][] {
  const fn = 'stabilizerLieAlgebraBasis';
  if (!Array.isArray(widths) || widths.length < 2 || widths.some((d) => !Number.isInteger(d) || d < 1)) {
    throw new ArgumentError(fn, 'widths', widths, 'an array d_0..d_N of at least 2 integers >= 1');
  }
  const N = widths.length - 1;
  const [d0, dN] = [widths[0], widths[N]];
  if (!Array.isArray(C) || C.length !== d0 || C.some((row) => !Array.isArray(row) || row.length !== dN)) {
    throw new ArgumentError(fn, 'C', Array.isArray(C) ? `${C.length}x${C[0]?.length}` : C, `a d_0 x d_N = ${d0}x${dN} matrix`);
  }
  const zeroXi = (): T[][][] => widths.map((d) => matZeros(field, d, d));
  const out: Matrix<T>[][] = [];
  for (let v = 1; v < N; v++) {
    for (let a = 0; a < widths[v]; a++) {
      for (let b = 0; b < widths[v]; b++) {
        const xi = zeroXi();
        xi[v] = matUnit(field, widths[v], widths[v], a, b);
        out.push(xi);
      }
    }
  }
  // ξ_0 C = C ξ_N
  for (const { x0, xN } of intertwinerBasis(field, C, C)) {
    const xi = zeroXi();
    xi[0] = x0;
    xi[N] = xN;
    out.push(xi);
  }
  return out;
}

export function stabilizerOrbitTangentBasis<T>(field: Field<T>, point: NetworkPoint<T>, C: Matrix<T>): Matrix<T>[][] {
  if (!Array.isArray(point) || point.length < 1) throw new ArgumentError('stabilizerOrbitTangentBasis', 'point', point, 'W_1..W_N with N >= 1');
  const widths = [point[0][0].length, ...point.map((W) => W.length)];
  return stabilizerLieAlgebraBasis(field, widths, C).map((xi) => orbitTangent(field, point, xi));
}
