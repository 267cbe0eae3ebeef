/**
 * The normal form W⁰ of an interval decomposition: at each vertex v the basis
 * is the list of intervals containing v (in the decomposition's order), and
 * W_i sends the basis vector of an interval to the same interval's vector at
 * vertex i when the interval continues, and to 0 when it ends at i − 1.
 *
 * @example
 * ```ts
 * import { QQ, intervalDecomposition, normalForm, matToStrings } from 'deeplin';
 * const W = normalForm(QQ, intervalDecomposition(2, [[0, 1], [1, 2]]));
 * W.map((Wi) => matToStrings(QQ, Wi)); // [[["1"],["0"]], [["0","1"]]]
 * ```
 */
import type { Field } from '../algebra/field';
import { matZeros, type Matrix } from '../algebra/matrix';
import { type IntervalDecomposition } from './intervalDecomposition';

export function normalForm<T>(field: Field<T>, dec: IntervalDecomposition): Matrix<T>[] {
  const N = dec.depth;
  // basisIndex[v][j] = position of interval j in vertex v's basis, or -1
  const basisIndex: number[][] = [];
  const dims: number[] = [];
  for (let v = 0; v <= N; v++) {
    let n = 0;
    basisIndex.push(dec.intervals.map(([s, t]) => (s <= v && v <= t ? n++ : -1)));
    dims.push(n);
  }
  const point: Matrix<T>[] = [];
  for (let i = 1; i <= N; i++) {
    const W = matZeros(field, dims[i], dims[i - 1]);
    dec.intervals.forEach((_, j) => {
      const from = basisIndex[i - 1][j];
      const to = basisIndex[i][j];
      if (from >= 0 && to >= 0) W[to][from] = field.one;
    });
    point.push(W);
  }
  return point;
}
