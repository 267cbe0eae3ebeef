/**
 * The interface every coefficient field implements. Generic algorithms
 * (polynomials, elimination, the network model) are written once against it
 * and run over Q ({@link RationalField}), F_p ({@link primeField}) and — in
 * `src/numeric`, never here — floating point.
 *
 * @example
 * ```ts
 * import { QQ, primeField } from 'deeplin';
 * const F = primeField(7);
 * F.toString(F.div(F.fromInt(3), F.fromInt(5))); // "2"  (3 * 5^{-1} = 3 * 3 mod 7)
 * QQ.toString(QQ.div(QQ.fromInt(3), QQ.fromInt(5))); // "3/5"
 * ```
 */
import type { Rational } from './rational';

export interface Field<T> {
  /** Human/Macaulay2-style name: `"QQ"`, `"ZZ/32003"`, `"RR"`. */
  readonly name: string;
  /** 0 for Q and R, p for F_p. */
  readonly characteristic: number;
  /** True when equality is exact (Q, F_p); false for floating point. */
  readonly exact: boolean;
  readonly zero: T;
  readonly one: T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  /** Throws ArithmeticError on division by zero (exact fields). */
  div(a: T, b: T): T;
  neg(a: T): T;
  inv(a: T): T;
  eq(a: T, b: T): boolean;
  isZero(a: T): boolean;
  fromInt(n: number | bigint): T;
  /** Image of a rational; throws ArithmeticError when p divides the denominator. */
  fromRational(r: Rational): T;
  toString(a: T): string;
}
