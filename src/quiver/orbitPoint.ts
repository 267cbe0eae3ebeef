/**
 * A random point g·W⁰ of the orbit of an interval decomposition, with
 * g = (g_0, …, g_N) ∈ Π GL(d_v, Z) having small random integer entries
 * (resampled until invertible), acting by W_i ↦ g_i W_i g_{i−1}^{-1}. Exact
 * over Q; the seed makes it reproducible. Returns g too, as evidence.
 *
 * @example
 * ```ts
 * import { intervalDecomposition, orbitPoint, Rng } from 'deeplin';
 * const { point } = orbitPoint(intervalDecomposition(2, [[0, 1], [1, 2]]), new Rng(7));
 * point.length; // 2
 * ```
 */
import { inverseOverQ } from '../algebra/inverseOverQ';
import { matMul, type Matrix } from '../algebra/matrix';
import { rational, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { ArgumentError } from '../errors';
import type { Rng } from '../random';
import { dimensionVector, type IntervalDecomposition } from './intervalDecomposition';
import { normalForm } from './normalForm';

export interface OrbitPoint {
  readonly point: Matrix<Rational>[];
  /** g_v for v = 0..N. */
  readonly gauge: Matrix<Rational>[];
}

export function orbitPoint(dec: IntervalDecomposition, rng: Rng, entryBound = 3): OrbitPoint {
  if (!Number.isInteger(entryBound) || entryBound < 1 || entryBound > 1_000_000) {
    throw new ArgumentError('orbitPoint', 'entryBound', entryBound, 'an integer in [1, 1000000]');
  }
  const dims = dimensionVector(dec);
  const gauge: Matrix<Rational>[] = [];
  const inverses: Matrix<Rational>[] = [];
  for (const d of dims) {
    for (;;) {
      const g = Array.from({ length: d }, () => Array.from({ length: d }, () => rational(rng.int(-entryBound, entryBound))));
      const inv = inverseOverQ(g);
      if (inv) {
        gauge.push(g);
        inverses.push(inv);
        break;
      }
    }
  }
  const W0 = normalForm(QQ, dec);
  const point = W0.map((W, idx) => matMul(QQ, matMul(QQ, gauge[idx + 1], W), inverses[idx]));
  return { point, gauge };
}
