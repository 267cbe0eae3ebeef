/**
 * The evidence file of a classification, `"kind": "deeplin/landscape-evidence"`,
 * re-checked by `deeplin check` from the file alone (checkLandscapeEvidence):
 * every number is an exact rational string. Fields:
 *  - `widths`, `data` {X, Y}, `moments` {Σ_XX = X Xᵀ, Σ_YX = Y Xᵀ, tr Σ_YY} (they
 *    determine every critical value, and bind the data: a changed entry of X
 *    or Y that leaves the proof valid for the new data is still refused), `point` (W_1 … W_N), `classification` (the kind);
 *  - `loss`, `gradient` (one matrix per layer);
 *  - `hessian` {vanishes, inertia [n₊, n₋, n₀]} (absent for non-critical
 *    points; the checker recomputes H and its inertia — a congruence C would
 *    not be unique, so a changed entry of it could go unnoticed);
 *  - strict saddles: `negativeDirection` {direction E, curvature Hess(E, E),
 *    coefficients of L(W + tE) − L(W), normSquared ‖E‖_F²};
 *  - non-strict saddles: `descentCurve` {direction E, order k, coefficients of
 *    L(W + tE) − L(W), constant term first, normSquared ‖E‖_F²};
 *  - global minima: `globalMinimum` {method "rational" | "sturm", minimalLoss};
 *  - undetermined: `reason`.
 */
import { type Matrix, matMul, matToStrings, matTrace, matTranspose } from '../algebra/matrix';
import { type Rational, RAT_ZERO, ratAdd, ratSub, ratToString } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import type { NetworkPoint } from '../model/networkPoint';
import { lineLossPolynomial } from './lineLoss';
import type { PointClassification } from './classifyPoint';

export const LANDSCAPE_EVIDENCE_KIND = 'deeplin/landscape-evidence';
export const LANDSCAPE_EVIDENCE_VERSION = 1;

const layers = (ms: readonly Matrix<Rational>[]): string[][][] => ms.map((M) => matToStrings(QQ, M));

/** ‖E‖_F² binds every entry of a stated direction (an entry that does not change L(W + tE) would otherwise go unnoticed). */
function normSquared(E: readonly Matrix<Rational>[]): string {
  return ratToString(E.reduce((s, M) => ratAdd(s, matTrace(QQ, matMul(QQ, M, matTranspose(M)))), RAT_ZERO));
}

/**
 * The evidence file of a classified critical point, which checkLandscapeEvidence re-derives (see the file header).
 *
 * @example
 * ```ts
 * import { QQ, classifyPoint, defaultLandscapeData, landscapeEvidence } from 'deeplin';
 * const data = defaultLandscapeData([2, 1, 2]);
 * const W = [[[QQ.zero, QQ.zero]], [[QQ.zero], [QQ.zero]]]; // W = 0
 * const ev = landscapeEvidence([2, 1, 2], data, W, classifyPoint([2, 1, 2], data, W));
 * [ev.kind, ev.widths]; // ["deeplin/landscape-evidence", [2, 1, 2]]
 * ev.loss === (ev.moments as { traceYY: string }).traceYY; // true   L(0) = tr(YYᵀ)
 * ```
 */
export function landscapeEvidence(
  widths: readonly number[],
  data: { readonly X: Matrix<Rational>; readonly Y: Matrix<Rational> },
  point: NetworkPoint<Rational>,
  c: PointClassification,
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: LANDSCAPE_EVIDENCE_KIND,
    version: LANDSCAPE_EVIDENCE_VERSION,
    widths: [...widths],
    data: { X: matToStrings(QQ, data.X), Y: matToStrings(QQ, data.Y) },
    moments: {
      sigmaXX: matToStrings(QQ, matMul(QQ, data.X, matTranspose(data.X))),
      sigmaYX: matToStrings(QQ, matMul(QQ, data.Y, matTranspose(data.X))),
      traceYY: ratToString(matTrace(QQ, matMul(QQ, data.Y, matTranspose(data.Y)))),
    },
    point: layers(point),
    classification: c.kind,
    loss: ratToString(c.loss),
    gradient: layers(c.gradient),
  };
  if (c.congruence && c.inertia) {
    out.hessian = {
      vanishes: c.hessianVanishes,
      inertia: c.inertia,
    };
  }
  const change = (E: readonly Matrix<Rational>[]): string[] => {
    const poly = lineLossPolynomial(point, E, data.X, data.Y);
    poly[0] = ratSub(poly[0], c.loss);
    return poly.map(ratToString);
  };
  if (c.negativeDirection) {
    const E = c.negativeDirection.direction;
    out.negativeDirection = { direction: layers(E), normSquared: normSquared(E), curvature: ratToString(c.negativeDirection.curvature), coefficients: change(E) };
  }
  if (c.descent) {
    const E = c.descent.direction;
    out.descentCurve = { direction: layers(E), normSquared: normSquared(E), order: c.descent.order, coefficients: change(E) };
  }
  if (c.kind === 'global-minimum' && c.globalMinimum?.minimalLoss) {
    out.globalMinimum = { method: c.globalMinimum.method, minimalLoss: ratToString(c.globalMinimum.minimalLoss) };
  }
  if (c.reason) out.reason = c.reason;
  return out;
}
