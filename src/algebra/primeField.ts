/**
 * Prime fields F_p for word-size primes p < 2^31, elements stored as plain
 * numbers in [0, p). Products are reduced without BigInt: b is split into
 * 16-bit halves so every intermediate stays below 2^53 (exact in a double).
 */
import { ArgumentError, ArithmeticError } from '../errors';
import type { Field } from './field';
import type { Rational } from './rational';

/**
 * Primes used by default, largest first. The large ones give the smallest
 * Schwartz–Zippel failure probabilities; 32003 is Singular's customary prime.
 */
export const DEFAULT_PRIMES: readonly number[] = [2147483647, 2147483629, 2147483587, 1000003, 32003];

/** The largest prime modulus supported (exclusive bound 2^31). */
export const MAX_PRIME = 2 ** 31 - 1;

/** Deterministic primality test for n < 2^31 (trial division up to sqrt n). */
export function isPrime(n: number): boolean {
  if (!Number.isInteger(n) || n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let q = 3; q * q <= n; q += 2) if (n % q === 0) return false;
  return true;
}

/** a * b mod p for 0 <= a, b < p < 2^31, exact in doubles. */
export function mulMod(a: number, b: number, p: number): number {
  const hi = Math.floor(b / 65536);
  const lo = b - hi * 65536;
  return (((a * hi) % p) * 65536 + a * lo) % p;
}

/** Inverse of a mod p by the extended Euclidean algorithm (a ≢ 0). */
export function invMod(a: number, p: number): number {
  let r0 = p;
  let r1 = a;
  let t0 = 0;
  let t1 = 1;
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1) throw new ArithmeticError('invMod', `${a} is not invertible mod ${p}`);
  return t0 < 0 ? t0 + p : t0;
}

const cache = new Map<number, Field<number>>();

/**
 * The field Z/p for a prime `p < 2^31`.
 * Throws ArgumentError when p is not a prime in range.
 *
 * @example
 * ```ts
 * import { primeField } from 'deeplin';
 * const F = primeField(7);
 * [F.add(5, 4), F.mul(3, 5), F.inv(3), F.neg(2)]; // [2, 1, 5, 5]
 * ```
 */
export function primeField(p: number): Field<number> {
  const hit = cache.get(p);
  if (hit) return hit;
  if (!Number.isInteger(p) || p < 2 || p > MAX_PRIME || !isPrime(p)) {
    throw new ArgumentError('primeField', 'p', p, `a prime in [2, ${MAX_PRIME}]`);
  }
  const P = BigInt(p);
  const reduce = (n: number): number => {
    const r = n % p;
    return r < 0 ? r + p : r;
  };
  const field: Field<number> = {
    name: `ZZ/${p}`,
    characteristic: p,
    exact: true,
    zero: 0,
    one: 1,
    add: (a, b) => {
      const s = a + b;
      return s >= p ? s - p : s;
    },
    sub: (a, b) => {
      const s = a - b;
      return s < 0 ? s + p : s;
    },
    mul: (a, b) => mulMod(a, b, p),
    div: (a, b) => {
      if (b === 0) throw new ArithmeticError(`ZZ/${p}.div`, 'division by zero');
      return mulMod(a, invMod(b, p), p);
    },
    neg: (a) => (a === 0 ? 0 : p - a),
    inv: (a) => {
      if (a === 0) throw new ArithmeticError(`ZZ/${p}.inv`, 'division by zero');
      return invMod(a, p);
    },
    eq: (a, b) => a === b,
    isZero: (a) => a === 0,
    fromInt: (n) => (typeof n === 'bigint' ? Number(((n % P) + P) % P) : Number.isSafeInteger(n) ? reduce(n) : Number(((BigInt(n) % P) + P) % P)),
    fromRational: (r: Rational) => {
      const num = Number(((r.num % P) + P) % P);
      const den = Number(r.den % P);
      if (den === 0) throw new ArithmeticError(`ZZ/${p}.fromRational`, `${p} divides the denominator ${r.den}`);
      return mulMod(num, invMod(den, p), p);
    },
    toString: (a) => String(a),
  };
  cache.set(p, field);
  return field;
}
