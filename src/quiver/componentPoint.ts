/**
 * Points of a product component: the layers are cut into blocks
 * [first, last]; on each block the point is a random point of a local orbit
 * (interval decomposition on the block's vertices first−1..last), layers in
 * no block are random. Each local orbit point is the polynomial
 * parametrisation W_i = det(g_{i−1}) · g_i W⁰_i g_{i−1}^{-1} = g_i W⁰_i adj(g_{i−1})
 * (scaling a layer stays in the orbit), so every entry has degree ≤ d_{i−1}
 * in the random g — the degree bound behind the Monte-Carlo failure
 * probabilities. Works over any exact field: Q for witnesses, F_p for fast
 * ranks with uniformly random g.
 */
import type { Field } from '../algebra/field';
import { inverse } from '../algebra/inverse';
import { matMul, matScale, type Matrix } from '../algebra/matrix';
import { ArgumentError } from '../errors';
import type { Architecture } from '../model/architecture';
import { dimensionVector, type IntervalDecomposition } from './intervalDecomposition';
import { normalForm } from './normalForm';

export interface Block {
  /** First and last layer of the block (1 ≤ first ≤ last ≤ N). */
  readonly first: number;
  readonly last: number;
  /** A local orbit on vertices 0..last−first+1 (= global first−1..last). */
  readonly orbit: IntervalDecomposition;
}

/**
 * A random point of the product component given by `blocks` (see the file header); `random` draws field elements.
 *
 * @example
 * ```ts
 * import { QQ, intervalDecomposition, layerProduct, matToStrings, rankOverQ, rational, uniformArchitecture, Rng, componentPoint } from 'deeplin';
 * const rng = new Rng(1);
 * const block = { first: 2, last: 3, orbit: intervalDecomposition(2, [[0, 1], [2, 2]]) }; // on layers 2..3: W_3 W_2 = 0
 * const W = componentPoint(QQ, uniformArchitecture(3, 1), [block], () => rational(rng.int(1, 9)));
 * matToStrings(QQ, layerProduct(QQ, W, 2, 3)); // [["0"]]
 * [rankOverQ(W[0]), rankOverQ(W[1])];         // [1, 1]   W_1 random, W_2 a random point of the local orbit
 * ```
 */
export function componentPoint<T>(field: Field<T>, arch: Architecture, blocks: readonly Block[], random: () => T): Matrix<T>[] {
  const d = arch.widths;
  const randomMatrix = (rows: number, cols: number): T[][] => Array.from({ length: rows }, () => Array.from({ length: cols }, random));
  const point: Matrix<T>[] = d.slice(1).map((rows, i) => randomMatrix(rows, d[i]));
  for (const b of blocks) {
    const local = dimensionVector(b.orbit);
    if (local.join(',') !== d.slice(b.first - 1, b.last + 1).join(',')) {
      throw new ArgumentError('componentPoint', `block [${b.first}, ${b.last}]`, local, `an orbit with dimension vector (${d.slice(b.first - 1, b.last + 1).join(',')})`);
    }
    const W0 = normalForm(field, b.orbit);
    const gauges = local.map((n) => {
      for (;;) {
        const g = randomMatrix(n, n);
        const inv = inverse(field, g);
        if (inv) return { g, ...inv };
      }
    });
    W0.forEach((W, j) => {
      const prev = gauges[j];
      point[b.first - 1 + j] = matScale(field, prev.determinant, matMul(field, matMul(field, gauges[j + 1].g, W), prev.inverse));
    });
  }
  return point;
}
