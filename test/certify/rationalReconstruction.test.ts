import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KERNEL_PRIMES } from '../../src/certify/modularKernel';
import { rationalReconstruction } from '../../src/certify/rationalReconstruction';
import { ratToString } from '../../src/algebra/rational';

const mod = (a: bigint, m: bigint): bigint => ((a % m) + m) % m;
const inverse = (a: bigint, m: bigint): bigint => {
  let [r0, r1, t0, t1] = [m, mod(a, m), 0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1, t0, t1] = [r1, r0 - q * r1, t1, t0 - q * t1];
  }
  return mod(t0, m);
};
const residue = (num: bigint, den: bigint, p: bigint): bigint => mod(num * inverse(den, p), p);

describe('rationalReconstruction', () => {
  it('recovers num/den from residues modulo k primes whenever |num|, den stay below 2^(13k − 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.bigInt({ min: 0n, max: 2n ** 60n }), fc.bigInt({ min: 1n, max: 2n ** 60n }), fc.boolean(), (k, a, b, negative) => {
        const primes = KERNEL_PRIMES.slice(0, k).map(BigInt);
        const bound = 2n ** BigInt(13 * k - 1);
        const num = (negative ? -a : a) % bound;
        const den = (b % bound) || 1n;
        const got = rationalReconstruction(primes.map((p) => residue(num, den, p)), primes);
        const g = (x: bigint, y: bigint): bigint => (y === 0n ? (x < 0n ? -x : x) : g(y, x % y));
        const d = g(num, den);
        expect(got && ratToString(got)).toBe(ratToString({ num: num / d, den: den / d }));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('eight primes (m ≈ 2^208): a 100-bit fraction (the old square root, a float guess corrected by ±1 steps, would take ~2^51 steps here)', () => {
    const primes = [...KERNEL_PRIMES, 67108757, 67108753, 67108747].map(BigInt);
    const [num, den] = [-(2n ** 100n) + 12345n, 2n ** 99n + 1n];
    const got = rationalReconstruction(primes.map((p) => residue(num, den, p)), primes);
    expect(got && ratToString(got)).toBe(`${num}/${den}`);
    // one prime fewer cannot hold it: no answer rather than a wrong one
    expect(rationalReconstruction(primes.slice(0, 7).map((p) => residue(num, den, p)), primes.slice(0, 7))).toBeUndefined();
});
});
