/**
 * Polynomial vector fields on R^D: one exact polynomial per coordinate
 * (X = Σ_i X_i ∂/∂θ_i), with the Lie bracket [X, Y] = DY·X − DX·Y, i.e.
 * [X, Y]_i = Σ_j (X_j ∂_j Y_i − Y_j ∂_j X_i), so that [X, Y](h) = X(Y(h)) − Y(X(h)).
 * Exact over any field of the polynomial ring (Q, or F_p for fast ranks).
 *
 * @example
 * ```ts
 * import { QQ, architecture, productGradientFields, lieBracket, polyToString } from 'deeplin';
 * // widths (1,1,2): φ = (a·w, b·w) with w = w1_1_1, a = w2_1_1, b = w2_2_1;
 * // ∇φ_1 = (a, w, 0), ∇φ_2 = (b, 0, w), and their bracket rotates (a, b): (0, −b, a)
 * const [X, Y] = productGradientFields(QQ, architecture([1, 1, 2]));
 * lieBracket(X, Y).map((c) => polyToString(c, 'plain')); // ["0","-w2_2_1","w2_1_1"]
 * ```
 */
import type { Polynomial } from '../algebra/polynomial';
import { polyEvaluate, polyMul, polyPartial, polySub, polySum, polyTotalDegree } from '../algebra/polynomial';
import type { Field } from '../algebra/field';
import { ArgumentError } from '../errors';

/** A polynomial vector field: component i is the coefficient of ∂/∂θ_i. */
export type VectorField<T> = readonly Polynomial<T>[];

/** The indices of the variables that occur in `p`. */
function variablesOf<T>(p: Polynomial<T>): number[] {
  const seen = new Set<number>();
  for (const k of p.terms.keys()) for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) !== 0) seen.add(i);
  return [...seen].sort((a, b) => a - b);
}

/**
 * The derivative X(h) = Σ_j X_j ∂_j h of the polynomial h along X.

 */
export function derivativeAlong<T>(X: VectorField<T>, h: Polynomial<T>): Polynomial<T> {
  if (X.length !== h.ring.variables.length) throw new ArgumentError('derivativeAlong', 'X', `${X.length} components`, `${h.ring.variables.length} (one per variable)`);
  return polySum(h.ring, variablesOf(h).map((j) => polyMul(X[j], polyPartial(h, j))));
}

/**
 * The Lie bracket [X, Y] = DY·X − DX·Y (see the file header).
 *
 * @example
 * ```ts
 * import { QQ, architecture, productGradientFields, lieBracket } from 'deeplin';
 * const [X] = productGradientFields(QQ, architecture([2, 2, 1]));
 * lieBracket(X, X).every((c) => c.terms.size === 0); // true (antisymmetry)
 * ```
 */
export function lieBracket<T>(X: VectorField<T>, Y: VectorField<T>): Polynomial<T>[] {
  if (X.length !== Y.length) throw new ArgumentError('lieBracket', 'Y', `${Y.length} components`, `${X.length} (as many as X)`);
  return X.map((Xi, i) => {
    return polySub(derivativeAlong(X, Y[i]), derivativeAlong(Y, Xi));
  });
}

/**
 * The vector X(θ) (exact, in the ring's field).

 */
export function evaluateField<T>(X: VectorField<T>, point: readonly T[]): T[] {
  return X.map((Xi) => polyEvaluate(Xi, point));
}

/** The largest total degree of a component (−1 for the zero field). */
export function fieldDegree<T>(X: VectorField<T>): number {
  return Math.max(-1, ...X.map((Xi) => (Xi.terms.size === 0 ? -1 : polyTotalDegree(Xi))));
}

/** The number of stored terms of all components (the field's size in memory). */
export function fieldTerms<T>(X: VectorField<T>): number {
  return X.reduce((s, Xi) => s + Xi.terms.size, 0);
}

/**
 * The Jacobian DX(θ): entry (i, j) = ∂X_i/∂θ_j at θ, from one pass over the
 * terms (no derivative polynomials are built). With it the bracket's value
 * [X, Y](θ) = DY(θ)·X(θ) − DX(θ)·Y(θ) costs O(D²) field operations.
 */
export function fieldJacobianAt<T>(X: VectorField<T>, point: readonly T[]): T[][] {
  const D = point.length;
  const F = X[0]?.ring.field;
  if (!F) return [];
  const powers: T[][] = point.map((v) => [F.one, v]);
  const power = (l: number, e: number): T => {
    const pw = powers[l];
    while (pw.length <= e) pw.push(F.mul(pw[pw.length - 1], point[l]));
    return pw[e];
  };
  return X.map((Xi) => {
    const row = new Array<T>(D).fill(F.zero);
    for (const [key, c] of Xi.terms) {
      const nz: number[] = [];
      for (let l = 0; l < key.length; l++) if (key.charCodeAt(l) !== 0) nz.push(l);
      for (const j of nz) {
        let t = F.mul(c, F.fromInt(key.charCodeAt(j)));
        for (const l of nz) t = F.mul(t, power(l, key.charCodeAt(l) - (l === j ? 1 : 0)));
        row[j] = F.add(row[j], t);
      }
    }
    return row;
  });
}

/** The value [X, Y](θ) = DY(θ)·X(θ) − DX(θ)·Y(θ) from values and Jacobians at θ. */
export function bracketValue<T>(F: Field<T>, X: { readonly value: readonly T[]; readonly jacobian: readonly (readonly T[])[] }, Y: { readonly value: readonly T[]; readonly jacobian: readonly (readonly T[])[] }): T[] {
  return X.value.map((_, i) => {
    let s = F.zero;
    for (let j = 0; j < X.value.length; j++) s = F.add(s, F.sub(F.mul(Y.jacobian[i][j], X.value[j]), F.mul(X.jacobian[i][j], Y.value[j])));
    return s;
  });
}
