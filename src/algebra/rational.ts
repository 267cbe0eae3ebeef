/**
 * Exact rational numbers with BigInt numerator and denominator.
 *
 * Written here rather than taken from mathjs/Fraction.js: the exact core needs
 * canonical, immutable values with bigint parts of unbounded size and a
 * stable textual form ("p/q") for witnesses; no floats ever enter.
 *
 * Invariant: `den > 0` and `gcd(num, den) = 1`; zero is `0/1`.
 */
import { ArithmeticError, FormatError } from '../errors';

/** An exact rational `num/den` in lowest terms with `den > 0`. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/**
 * The rational `num/den` reduced to lowest terms.
 *
 * @example
 * ```ts
 * import { rational, ratToString } from 'deeplin';
 * ratToString(rational(6n, -4n)); // "-3/2"
 * ```
 */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new ArithmeticError('rational', 'denominator is zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g === 1n ? { num: n, den: d } : { num: n / g, den: d / g };
}

export const RAT_ZERO: Rational = { num: 0n, den: 1n };
export const RAT_ONE: Rational = { num: 1n, den: 1n };

export function ratAdd(a: Rational, b: Rational): Rational {
  if (a.den === 1n && b.den === 1n) return { num: a.num + b.num, den: 1n };
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}
export function ratSub(a: Rational, b: Rational): Rational {
  if (a.den === 1n && b.den === 1n) return { num: a.num - b.num, den: 1n };
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}
export function ratMul(a: Rational, b: Rational): Rational {
  if (a.num === 0n || b.num === 0n) return RAT_ZERO;
  if (a.den === 1n && b.den === 1n) return { num: a.num * b.num, den: 1n };
  return rational(a.num * b.num, a.den * b.den);
}
export function ratNeg(a: Rational): Rational {
  return { num: -a.num, den: a.den };
}
export function ratInv(a: Rational): Rational {
  if (a.num === 0n) throw new ArithmeticError('ratInv', 'division by zero');
  return a.num < 0n ? { num: -a.den, den: -a.num } : { num: a.den, den: a.num };
}
export function ratDiv(a: Rational, b: Rational): Rational {
  return ratMul(a, ratInv(b));
}
export function ratEq(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}
export function ratIsZero(a: Rational): boolean {
  return a.num === 0n;
}
/** Sign comparison: negative, zero or positive as `a < b`, `a = b`, `a > b`. */
export function ratCompare(a: Rational, b: Rational): number {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/**
 * Canonical text: `"p"` for integers, `"p/q"` otherwise (the witness format).
 *
 * @example
 * ```ts
 * import { rational, ratToString } from 'deeplin';
 * [ratToString(rational(4, 2)), ratToString(rational(1, -3)), ratToString(rational(0, 5))]; // ["2", "-1/3", "0"]
 * ```
 */
export function ratToString(a: Rational): string {
  return a.den === 1n ? a.num.toString() : `${a.num}/${a.den}`;
}

const RATIONAL_TEXT = /^([+-]?\d+)(?:\/(\d+))?$/;

/**
 * Parses `"p"` or `"p/q"` (integers in decimal). Anything else — floats,
 * exponents, empty strings, numbers given as JSON numbers — is refused,
 * because a witness must be exact.
 *
 * @example
 * ```ts
 * import { parseRational, ratToString } from 'deeplin';
 * ratToString(parseRational('-6/4')); // "-3/2"
 * ```
 */
export function parseRational(text: unknown, where = 'parseRational'): Rational {
  if (typeof text !== 'string') {
    const shown = typeof text === 'bigint' ? `${text}n (a bigint)` : JSON.stringify(text) ?? String(text);
    throw new FormatError(where, `expected an exact rational written as a string "p" or "p/q", got ${shown}`);
  }
  const m = RATIONAL_TEXT.exec(text.trim());
  if (!m) throw new FormatError(where, `"${text}" is not an exact rational (expected "p" or "p/q" with integers p, q)`);
  const den = m[2] === undefined ? 1n : BigInt(m[2]);
  if (den === 0n) throw new FormatError(where, `"${text}" has denominator zero`);
  return rational(BigInt(m[1]), den);
}
