/**
 * Rational numbers from their residues: Chinese remaindering of residues
 * modulo distinct primes, then rational reconstruction (Wang's half-extended
 * Euclid): the unique a/b with a ≡ b·x (mod m), |a|, b ≤ √(m/2), when it
 * exists. The result is only a candidate; callers prove what they build from it.
 *
 * @example
 * ```ts
 * import { rationalReconstruction, ratToString } from 'deeplin';
 * const p = 67108859n;
 * const x = (2n * ((p + 1n) / 3n)) % p; // 2/3 mod p
 * ratToString(rationalReconstruction([x], [p])!); // "2/3"
 * ```
 */
import { rational, type Rational } from '../algebra/rational';

function modulo(a: bigint, m: bigint): bigint {
  const r = a % m;
  return r < 0n ? r + m : r;
}

function inverse(a: bigint, m: bigint): bigint {
  let [r0, r1, t0, t1] = [m, modulo(a, m), 0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  return modulo(t0, m);
}

/**
 * ⌊√n⌋ by Newton's iteration on integers. (A float first guess corrected by
 * ±1 steps, as before, needs ~2^(b/2 − 53) steps for a b-bit n: seconds per
 * coefficient once six primes are multiplied.)
 */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // 2^⌈b/2⌉ ≥ √n for a b-bit n: Newton's iterates then decrease monotonically to ⌊√n⌋
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return x;
}

/** The rational with the given residues modulo the given distinct primes, or undefined. */
export function rationalReconstruction(residues: readonly bigint[], primes: readonly bigint[]): Rational | undefined {
  let x = 0n;
  let m = 1n;
  residues.forEach((r, i) => {
    const p = primes[i];
    const t = modulo((r - x) * inverse(m, p), p);
    x += m * t;
    m *= p;
  });
  const bound = isqrt(m / 2n);
  let [r0, r1, t0, t1] = [m, x, 0n, 1n];
  while (r1 > bound) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (t1 === 0n || (t1 < 0n ? -t1 : t1) > bound) return undefined;
  return t1 < 0n ? rational(-r1, -t1) : rational(r1, t1);
}
