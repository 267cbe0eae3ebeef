/**
 * Generic training data for an architecture: seeded small integers, redrawn
 * until X has full row rank and X Yᵀ has full rank (the genericity the
 * loss-landscape statements assume).
 *
 * @example
 * ```ts
 * import { genericData, uniformArchitecture, Rng } from 'deeplin';
 * const { X, Y } = genericData(uniformArchitecture(3, 2), new Rng(1));
 * [X.length, Y.length, X[0].length]; // [2,2,3]
 * ```
 */
import { matMul, matTranspose } from '../algebra/matrix';
import { rankOverQ } from '../algebra/rankOverQ';
import { rational, type Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import type { Rng } from '../random';
import type { Architecture } from './architecture';

/** Seeded small-integer data with X of full row rank and X Yᵀ of full rank. */
export function genericData(arch: Architecture, rng: Rng): { X: Rational[][]; Y: Rational[][] } {
  const d0 = arch.widths[0];
  const dN = arch.widths[arch.depth];
  const m = Math.max(d0, dN) + 1;
  const random = (rows: number): Rational[][] => Array.from({ length: rows }, () => Array.from({ length: m }, () => rational(rng.int(-3, 3))));
  for (;;) {
    const X = random(d0);
    const Y = random(dN);
    if (rankOverQ(X) === d0 && rankOverQ(matMul(QQ, X, matTranspose(Y))) === Math.min(d0, dN)) return { X, Y };
  }
}
