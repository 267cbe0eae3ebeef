/**
 * The IEEE double "field" RR, for generic code that may run in floating
 * point. It is not exact: results carry rounding errors, and exact
 * algorithms of `src/algebra` (rank, rref, nullspace) refuse it.
 */
import type { Field } from '../algebra/field';
import type { Rational } from '../algebra/rational';

/**
 * Floating-point numbers as a {@link Field} (`exact: false`).
 *
 * - `isZero(a)` is `a === 0` and `eq` is `===`: they are only meaningful for
 *   exact zeros / identical values (e.g. structural zeros). Decide numerical
 *   zeros with a tolerance (`floatRank`, `TOLERANCES`), never with these.
 * - `div` and `inv` follow IEEE semantics (division by 0 gives ±Infinity or
 *   NaN) instead of throwing.
 * - `fromRational` rounds `num/den` correctly to the nearest double (ties to
 *   even) for results in the normal range, even for huge bigint parts.
 *
 * @example
 * ```ts
 * import { RR, rational } from 'deeplin';
 * RR.add(RR.fromInt(1), RR.fromRational(rational(1n, 4n))); // 1.25
 * RR.isZero(RR.sub(0.3, RR.add(0.1, 0.2)));                 // false (rounding, not an exact zero)
 * ```
 */
export const RR: Field<number> = Object.freeze({
  name: 'RR',
  characteristic: 0,
  exact: false,
  zero: 0,
  one: 1,
  add: (a: number, b: number) => a + b,
  sub: (a: number, b: number) => a - b,
  mul: (a: number, b: number) => a * b,
  div: (a: number, b: number) => a / b,
  neg: (a: number) => -a,
  inv: (a: number) => 1 / a,
  eq: (a: number, b: number) => a === b,
  isZero: (a: number) => a === 0,
  fromInt: (n: number | bigint) => Number(n),
  fromRational: rationalToNumber,
  toString: (a: number) => String(a),
});

const EXACT_LIMIT = 2n ** 53n;

function rationalToNumber(r: Rational): number {
  const neg = r.num < 0n;
  const a = neg ? -r.num : r.num;
  const b = r.den;
  if (a < EXACT_LIMIT && b < EXACT_LIMIT) {
    // both exact doubles: IEEE division rounds correctly
    const q = Number(a) / Number(b);
    return neg ? -q : q;
  }
  // q = floor(a·2^k / b) with 65–66 bits, remainder folded into a sticky bit,
  // so that Number(q) rounds exactly like the infinitely precise quotient.
  const k = 65 - (a.toString(2).length - b.toString(2).length);
  const num = k >= 0 ? a << BigInt(k) : a;
  const den = k >= 0 ? b : b << BigInt(-k);
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  const x = scaleByPowerOfTwo(Number(q), -k);
  return neg ? -x : x;
}

function scaleByPowerOfTwo(x: number, e: number): number {
  // Split the exponent so no intermediate power of two overflows or underflows.
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}
