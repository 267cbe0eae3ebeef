/**
 * Polynomial rings `F[x_0, …, x_{n-1}]`: a coefficient {@link Field} and an
 * ordered list of variable names. The order matters: it is the order of the
 * exponent vectors and of the monomial ordering (x_0 > x_1 > …).
 */
import { ArgumentError } from '../errors';
import type { Field } from './field';

/**
 * A polynomial ring over `field` in the named `variables` (in this order).
 *
 * @example
 * ```ts
 * import { primeField, polynomialRing, type PolynomialRing } from 'deeplin';
 * const R: PolynomialRing<number> = polynomialRing(primeField(32003), ['a', 'b']);
 * R.field.name; // "ZZ/32003"
 * ```
 */
export interface PolynomialRing<T> {
  readonly field: Field<T>;
  readonly variables: readonly string[];
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The polynomial ring over `field` in `variables`. Names must be
 * identifier-like (`[A-Za-z][A-Za-z0-9_]*`, accepted by Macaulay2 and
 * Singular alike) and pairwise distinct; zero variables is allowed (the ring
 * is then the field itself). Throws ArgumentError otherwise.
 *
 * Two rings are the same ring when they have the same field object and the
 * same variable names in the same order.
 *
 * @example
 * ```ts
 * import { QQ, polynomialRing } from 'deeplin';
 * const R = polynomialRing(QQ, ['x', 'y', 'w3_1_2']);
 * R.variables.length; // 3
 * ```
 */
export function polynomialRing<T>(field: Field<T>, variables: readonly string[]): PolynomialRing<T> {
  if (!Array.isArray(variables)) {
    throw new ArgumentError('polynomialRing', 'variables', variables, 'an array of variable names');
  }
  const seen = new Set<string>();
  variables.forEach((name: unknown, i) => {
    if (typeof name !== 'string' || !IDENTIFIER.test(name)) {
      throw new ArgumentError('polynomialRing', `variables[${i}]`, name, 'a name matching [A-Za-z][A-Za-z0-9_]*');
    }
    if (seen.has(name)) {
      throw new ArgumentError('polynomialRing', `variables[${i}]`, name, 'a name not used by another variable');
    }
    seen.add(name);
  });
  return Object.freeze({ field, variables: Object.freeze([...variables]) });
}

/**
 * True when `a` and `b` are the same ring: the same field object and the same
 * variable names in the same order.
 */
export function sameRing<S, T>(a: PolynomialRing<S>, b: PolynomialRing<T>): boolean {
  if ((a as unknown) === b) return true;
  if ((a.field as unknown) !== b.field || a.variables.length !== b.variables.length) return false;
  return a.variables.every((v, i) => v === b.variables[i]);
}
