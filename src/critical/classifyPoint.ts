/**
 * Classifies a point of a deep linear network exactly:
 *  - `not-critical`: the exact gradient is nonzero;
 *  - `strict-saddle`: the Hessian has a negative eigenvalue (exact inertia by a
 *    congruence C H Cᵀ = D over Q, Sylvester's law), with a direction E,
 *    Hess(E, E) = D_ii < 0;
 *  - `global-minimum`: the loss equals the minimal loss over end-to-end
 *    matrices of rank ≤ min d_i (exact; see globalMinimumTest);
 *  - `non-strict-saddle`: Hessian positive semidefinite, not a global minimum,
 *    and an explicit descent line with L(W + tE) − L(W) = c t^k + …, c < 0;
 *  - `undetermined`: with the reason (no descent line found, or the global
 *    minimum comparison undecidable, e.g. Σ_XX singular).
 * The memory of the dense P × P Hessian is estimated and refused beyond the
 * budget before it is built.
 *
 * @example
 * ```ts
 * import { QQ, classifyPoint, defaultLandscapeData } from 'deeplin';
 * const zero = [[['0', '0']], [['0'], ['0']]].map((W) => W.map((r) => r.map(() => QQ.zero)));
 * const c = classifyPoint([2, 1, 2], defaultLandscapeData([2, 1, 2]), zero);
 * [c.kind, c.inertia]; // ["strict-saddle",[2,2,0]]
 * ```
 */
import { matIsZero, type Matrix } from '../algebra/matrix';
import { congruenceDiagonal } from '../algebra/congruenceDiagonal';
import type { Rational } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import { ArgumentError } from '../errors';
import { memoryEstimate, MEMORY_BYTES } from '../limits/memoryEstimate';
import { requireMemory } from '../limits/memoryBudget';
import { architecture } from '../model/architecture';
import { layerProduct } from '../model/layerProduct';
import { loss as lossAt } from '../model/loss';
import { lossGradient } from '../model/lossGradient';
import { lossHessian, MAX_HESSIAN_PARAMETERS } from '../model/lossHessian';
import { checkPoint, type NetworkPoint } from '../model/networkPoint';
import { checkData } from '../model/trainingData';
import { descentLine, type DescentLine } from './descentCurve';
import { globalMinimumTest, type GlobalMinimumTest } from './globalMinimumTest';
import { regressionData } from './regressionData';

export type CriticalKind = 'not-critical' | 'global-minimum' | 'strict-saddle' | 'non-strict-saddle' | 'undetermined';

export interface PointClassification {
  readonly kind: CriticalKind;
  readonly loss: Rational;
  readonly gradient: readonly Matrix<Rational>[];
  /** Absent for non-critical points (the Hessian is not needed). */
  readonly hessianVanishes?: boolean;
  /** [n₊, n₋, n₀] of the Hessian. */
  readonly inertia?: [number, number, number];
  /** C H Cᵀ = diag(diagonal), C invertible. */
  readonly congruence?: { readonly C: Rational[][]; readonly diagonal: Rational[] };
  /** Strict saddle: E with Hess(E, E) = curvature < 0. */
  readonly negativeDirection?: { readonly direction: Rational[][][]; readonly curvature: Rational };
  readonly descent?: DescentLine;
  readonly globalMinimum?: GlobalMinimumTest;
  readonly reason?: string;
}

export function classifyPoint(
  widths: readonly number[],
  data: { readonly X: Matrix<Rational>; readonly Y: Matrix<Rational> },
  point: NetworkPoint<Rational>,
): PointClassification {
  const arch = architecture(widths);
  checkData(arch, data.X, data.Y, 'classifyPoint');
  checkPoint(arch, point, 'classifyPoint');
  const { X, Y } = data;
  const loss = lossAt(QQ, point, X, Y);
  const gradient = lossGradient(QQ, point, X, Y);
  if (!gradient.every((G) => matIsZero(QQ, G))) return { kind: 'not-critical', loss, gradient };
  const P = point.reduce((s, W) => s + W.length * W[0].length, 0);
  if (P > MAX_HESSIAN_PARAMETERS) throw new ArgumentError('classifyPoint', 'parameter count', P, `at most ${MAX_HESSIAN_PARAMETERS} (dense exact Hessian)`);
  requireMemory('classifyPoint', 'parameter count', P, hessianMemory(P), 'a dense exact P x P Hessian and its congruence that fit in memory');
  const H = lossHessian(QQ, point, X, Y);
  const hessianVanishes = matIsZero(QQ, H);
  const { C, diagonal, inertia } = congruenceDiagonal(H);
  const base = { loss, gradient, hessianVanishes, inertia, congruence: { C, diagonal } };
  const neg = diagonal.findIndex((d) => d.num < 0n);
  if (neg >= 0) {
    return { kind: 'strict-saddle', ...base, negativeDirection: { direction: unflatten(C[neg], point), curvature: diagonal[neg] } };
  }
  let reg;
  try {
    reg = regressionData(X, Y, 'classifyPoint');
  } catch {
    return { kind: 'undetermined', ...base, reason: 'X is not of full row rank (Σ_XX singular): the minimal loss is not compared' };
  }
  const globalMinimum = globalMinimumTest(layerProduct(QQ, point, 1, point.length), loss, Math.min(...arch.widths), reg);
  if (globalMinimum.isGlobal === undefined) return { kind: 'undetermined', ...base, globalMinimum, reason: globalMinimum.reason };
  if (globalMinimum.isGlobal) return { kind: 'global-minimum', ...base, globalMinimum };
  const descent = descentLine(point, X, Y);
  if (!descent) {
    return {
      kind: 'undetermined', ...base, globalMinimum,
      reason: 'positive semidefinite Hessian and not a global minimum, but no descent line through the rank deficiencies was found',
    };
  }
  return { kind: 'non-strict-saddle', ...base, globalMinimum, descent };
}

/** Peak memory of the Hessian phase: H, its working copy and C, P² rationals each. */
export function hessianMemory(P: number) {
  return memoryEstimate([{ name: 'hessian', items: [{ what: 'Hessian, working copy and congruence', count: 3 * P * P, bytesEach: MEMORY_BYTES.rationalHessianEntry }] }]);
}

function unflatten(v: readonly Rational[], point: NetworkPoint<Rational>): Rational[][][] {
  let o = 0;
  return point.map((W) => W.map((row) => row.map(() => v[o++])));
}
