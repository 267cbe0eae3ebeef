/**
 * The evidence file of a classification, `"kind": "deeplin/landscape-evidence"`,
 * re-checked by `deeplin check` from the file alone (checkLandscapeEvidence):
 * every number is an exact rational string. Fields:
 *  - `widths`, `data` {X, Y}, `point` (W_1 … W_N), `classification` (the kind);
 *  - `loss`, `gradient` (one matrix per layer);
 *  - `hessian` {vanishes, inertia [n₊, n₋, n₀], congruence C, diagonal D} with
 *    C H Cᵀ = diag(D) (absent for non-critical points);
 *  - strict saddles: `negativeDirection` {direction E, curvature Hess(E, E)};
 *  - non-strict saddles: `descentCurve` {direction E, order k, coefficients of
 *    L(W + tE) − L(W), constant term first};
 *  - global minima: `globalMinimum` {method "rational" | "sturm", minimalLoss};
 *  - undetermined: `reason`.
 */
import { type Matrix, matToStrings } from '../algebra/matrix';
import { type Rational, ratSub, ratToString } from '../algebra/rational';
import { QQ } from '../algebra/rationalField';
import type { NetworkPoint } from '../model/networkPoint';
import { lineLossPolynomial } from './lineLoss';
import type { PointClassification } from './classifyPoint';

export const LANDSCAPE_EVIDENCE_KIND = 'deeplin/landscape-evidence';
export const LANDSCAPE_EVIDENCE_VERSION = 1;

const layers = (ms: readonly Matrix<Rational>[]): string[][][] => ms.map((M) => matToStrings(QQ, M));

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
    point: layers(point),
    classification: c.kind,
    loss: ratToString(c.loss),
    gradient: layers(c.gradient),
  };
  if (c.congruence && c.inertia) {
    out.hessian = {
      vanishes: c.hessianVanishes,
      inertia: c.inertia,
      congruence: matToStrings(QQ, c.congruence.C),
      diagonal: c.congruence.diagonal.map(ratToString),
    };
  }
  if (c.negativeDirection) out.negativeDirection = { direction: layers(c.negativeDirection.direction), curvature: ratToString(c.negativeDirection.curvature) };
  if (c.descent) {
    const poly = lineLossPolynomial(point, c.descent.direction, data.X, data.Y);
    poly[0] = ratSub(poly[0], c.loss);
    out.descentCurve = { direction: layers(c.descent.direction), order: c.descent.order, coefficients: poly.map(ratToString) };
  }
  if (c.kind === 'global-minimum' && c.globalMinimum?.minimalLoss) {
    out.globalMinimum = { method: c.globalMinimum.method, minimalLoss: ratToString(c.globalMinimum.minimalLoss) };
  }
  if (c.reason) out.reason = c.reason;
  return out;
}
