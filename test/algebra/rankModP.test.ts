import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matFromStrings, matMul } from '../../src/algebra/matrix';
import { DEFAULT_PRIMES } from '../../src/algebra/primeField';
import { rankModP } from '../../src/algebra/rankModP';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { rational, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { ArgumentError, ArithmeticError } from '../../src/errors';
import { Rng } from '../../src/random';
import { arbLowRank, arbMatrix, arbRational } from '../support/arbitraries';

const DET2 = [['1', '1', '0'], ['0', '1', '1'], ['1', '0', '1']];

function denominatorsCoprimeTo(A: Rational[][], p: number): boolean {
  return A.every((row) => row.every((x) => x.den % BigInt(p) !== 0n));
}

describe('rankModP: known values', () => {
  it('reports the rank and the prime; determinant 2 drops rank only mod 2', () => {
    const A = matFromStrings(QQ, DET2);
    expect(rankModP(A, 2)).toEqual({ rank: 2, prime: 2 });
    expect(rankModP(A, 3)).toEqual({ rank: 3, prime: 3 });
    expect(rankModP(A, 2147483647)).toEqual({ rank: 3, prime: 2147483647 });
  });

  it('can be strictly smaller than the rank over Q even for the largest default prime', () => {
    const p = DEFAULT_PRIMES[0];
    const A = [[QQ.one, QQ.one], [QQ.one, QQ.fromInt(1 + p)]]; // determinant p
    expect(rankOverQ(A)).toBe(2);
    expect(rankModP(A, p).rank).toBe(1);
    expect(rankModP(A, DEFAULT_PRIMES[1]).rank).toBe(2);
  });

  it('reduces fractions: 1/2 ≡ (p + 1)/2', () => {
    const p = 32003;
    const A = [[rational(1, 2), QQ.one], [QQ.one, QQ.fromInt(p + 1)]]; // det ≡ 1/2 · 1 − 1 = −1/2 ≢ 0 mod p
    expect(rankModP(A, p).rank).toBe(2);
    const B = [[rational(1, 2), QQ.one], [QQ.fromInt((p + 1) / 2), QQ.one]]; // 1/2 ≡ (p+1)/2 mod p: equal rows mod p
    expect(rankModP(B, p).rank).toBe(1);
    expect(rankOverQ(B)).toBe(2);
  });

  it('handles empty matrices', () => {
    expect(rankModP([], 7)).toEqual({ rank: 0, prime: 7 });
    expect(rankModP([[], []], 7)).toEqual({ rank: 0, prime: 7 });
  });

  it('throws ArithmeticError naming the prime when it divides a denominator', () => {
    const A = [[QQ.one, rational(1, 14)]];
    expect(() => rankModP(A, 7)).toThrow(ArithmeticError);
    expect(() => rankModP(A, 7)).toThrow(/rankModP: the prime 7 divides the denominator 14/);
    expect(rankModP(A, 5).rank).toBe(1);
  });

  it('refuses a p that is not a prime in range', () => {
    for (const p of [4, 1, 0, -7, 2.5, 2 ** 31, Number.NaN]) {
      expect(() => rankModP([[QQ.one]], p)).toThrow(ArgumentError);
    }
    expect(() => rankModP([[QQ.one]], 4)).toThrow(/rankModP: p = 4/);
  });
});

describe('rankModP: certification properties', () => {
  for (const p of [2, 3, 5, 7]) {
    it(`rank mod ${p} ≤ rank over Q (a lower bound), and drops do happen`, () => {
      let drops = 0;
      fc.assert(
        fc.property(arbMatrix(arbRational(9, 6), 5, 5), (s) => {
          fc.pre(denominatorsCoprimeTo(s.A, p));
          const rp = rankModP(s.A, p).rank;
          const rq = rankOverQ(s.A);
          expect(rp).toBeLessThanOrEqual(rq);
          if (rp < rq) drops++;
        }),
        { seed: 900 + p, numRuns: 150 },
      );
      // the property is not vacuous: small primes do lose rank on some inputs
      expect(drops).toBeGreaterThan(0);
    });
  }

  it('rank mod a large default prime equals the rank over Q on random matrices', () => {
    for (const p of DEFAULT_PRIMES.slice(0, 3)) {
      fc.assert(
        fc.property(arbMatrix(arbRational(), 6, 6), (s) => {
          expect(rankModP(s.A, p).rank).toBe(rankOverQ(s.A));
        }),
        { seed: 950, numRuns: 80 },
      );
      fc.assert(
        fc.property(arbLowRank(QQ, arbRational(6, 6), 6), (s) => {
          expect(rankModP(s.A, p).rank).toBe(rankOverQ(s.A));
        }),
        { seed: 951, numRuns: 60 },
      );
    }
  });

  it('equals the planted rank of a 40x50 product of rank 25 for every default prime above 10^6', () => {
    const rng = new Rng(41);
    const rnd = (r: number, c: number) => Array.from({ length: r }, () => Array.from({ length: c }, () => rational(rng.int(-5, 5), rng.int(1, 4))));
    const A = matMul(QQ, rnd(40, 25), rnd(25, 50));
    expect(rankOverQ(A)).toBe(25);
    for (const p of DEFAULT_PRIMES.filter((q) => q > 1e6)) expect(rankModP(A, p).rank).toBe(25);
  });
});
