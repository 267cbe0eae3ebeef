/**
 * The field Q of exact rationals as a {@link Field}.
 *
 * @example
 * ```ts
 * import { QQ } from 'deeplin';
 * QQ.toString(QQ.add(QQ.fromInt(1), QQ.inv(QQ.fromInt(3)))); // "4/3"
 * ```
 */
import type { Field } from './field';
import {
  type Rational, RAT_ONE, RAT_ZERO, rational, ratAdd, ratDiv, ratEq, ratInv, ratIsZero, ratMul, ratNeg, ratSub,
  ratToString,
} from './rational';

export const QQ: Field<Rational> = {
  name: 'QQ',
  characteristic: 0,
  exact: true,
  zero: RAT_ZERO,
  one: RAT_ONE,
  add: ratAdd,
  sub: ratSub,
  mul: ratMul,
  div: ratDiv,
  neg: ratNeg,
  inv: ratInv,
  eq: ratEq,
  isZero: ratIsZero,
  fromInt: (n) => rational(BigInt(n)),
  fromRational: (r) => r,
  toString: ratToString,
};
