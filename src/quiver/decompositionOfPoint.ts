/**
 * The interval decomposition (orbit type) of an exact point, from the ranks
 * R(s, t) of the maps vertex s → vertex t: the number of intervals exactly
 * [s, t] is R(s,t) − R(s−1,t) − R(s,t+1) + R(s−1,t+1) (out-of-range R = 0).
 */
import type { Matrix } from '../algebra/matrix';
import type { Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { rankOverQ } from '../algebra/rankOverQ';
import { layerProduct } from '../model/layerProduct';
import { intervalDecomposition, type Interval, type IntervalDecomposition } from './intervalDecomposition';

/**
 * The interval decomposition of the point `W_1, …, W_N` (exact), from its ranks (see the file header).
 *
 * @example
 * ```ts
 * import { QQ, decompositionOfPoint, pointFromStrings } from 'deeplin';
 * const W = pointFromStrings(QQ, [[['1'], ['0']], [['0', '1']]]); // widths (1, 2, 1), W_2 W_1 = 0
 * decompositionOfPoint(W).intervals; // [[0, 1], [1, 2]]
 * ```
 */
export function decompositionOfPoint(point: readonly Matrix<Rational>[]): IntervalDecomposition {
  const N = point.length;
  const dims = [point[0][0].length, ...point.map((W) => W.length)];
  const R = (s: number, t: number): number => {
    if (s < 0 || t > N) return 0;
    return s === t ? dims[s] : rankOverQ(layerProduct(QQ, point, s + 1, t));
  };
  const intervals: Interval[] = [];
  for (let s = 0; s <= N; s++) {
    for (let t = s; t <= N; t++) {
      const m = R(s, t) - R(s - 1, t) - R(s, t + 1) + R(s - 1, t + 1);
      for (let i = 0; i < m; i++) intervals.push([s, t]);
    }
  }
  return intervalDecomposition(N, intervals);
}
