import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Field } from '../../src/algebra/field';
import { DEFAULT_PRIMES, MAX_PRIME, invMod, mulMod, primeField } from '../../src/algebra/primeField';
import { rational, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { ArithmeticError } from '../../src/errors';
import { arbFp } from '../support/arbitraries';

function checkFieldAxioms<T>(F: Field<T>, elem: fc.Arbitrary<T>, seed: number): void {
  const nonzero = elem.filter((x) => !F.isZero(x));
  fc.assert(
    fc.property(elem, elem, elem, (a, b, c) => {
      expect(F.eq(F.add(F.add(a, b), c), F.add(a, F.add(b, c)))).toBe(true);
      expect(F.eq(F.mul(F.mul(a, b), c), F.mul(a, F.mul(b, c)))).toBe(true);
      expect(F.eq(F.add(a, b), F.add(b, a))).toBe(true);
      expect(F.eq(F.mul(a, b), F.mul(b, a))).toBe(true);
      expect(F.eq(F.mul(a, F.add(b, c)), F.add(F.mul(a, b), F.mul(a, c)))).toBe(true);
      expect(F.eq(F.add(a, F.zero), a)).toBe(true);
      expect(F.eq(F.mul(a, F.one), a)).toBe(true);
      expect(F.isZero(F.add(a, F.neg(a)))).toBe(true);
      expect(F.eq(F.sub(a, b), F.add(a, F.neg(b)))).toBe(true);
      expect(F.isZero(F.mul(a, F.zero))).toBe(true);
    }),
    { seed, numRuns: 300 },
  );
  fc.assert(
    fc.property(elem, nonzero, (a, b) => {
      expect(F.eq(F.mul(b, F.inv(b)), F.one)).toBe(true);
      expect(F.eq(F.mul(F.div(a, b), b), a)).toBe(true);
      expect(F.eq(F.inv(F.inv(b)), b)).toBe(true);
    }),
    { seed, numRuns: 300 },
  );
  expect(() => F.inv(F.zero)).toThrow(ArithmeticError);
  expect(() => F.div(F.one, F.zero)).toThrow(ArithmeticError);
  expect(F.isZero(F.zero)).toBe(true);
  expect(F.isZero(F.one)).toBe(false);
}

const arbQ: fc.Arbitrary<Rational> = fc
  .tuple(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), fc.bigInt({ min: 1n, max: 2n ** 40n }))
  .map(([a, b]) => rational(a, b));

describe('field laws', () => {
  it('QQ satisfies the field axioms', () => {
    checkFieldAxioms(QQ, fc.oneof(arbQ, fc.constantFrom(QQ.zero, QQ.one, QQ.fromInt(-1))), 11);
  });

  for (const p of DEFAULT_PRIMES) {
    it(`ZZ/${p} satisfies the field axioms (elements near p and 2^31 included)`, () => {
      checkFieldAxioms(primeField(p), arbFp(p), 12 + (p % 1000));
    });

    it(`ZZ/${p}: mulMod and invMod agree with BigInt arithmetic`, () => {
      const P = BigInt(p);
      const near = fc.integer({ min: Math.max(0, p - 2 ** 20), max: p - 1 });
      const anyElem = fc.oneof(near, fc.integer({ min: 0, max: p - 1 }), fc.constantFrom(0, 1, 65535, 65536, 65537, p - 1));
      fc.assert(
        fc.property(anyElem, anyElem, (a, b) => {
          expect(mulMod(a, b, p)).toBe(Number((BigInt(a) * BigInt(b)) % P));
          if (a !== 0) expect(Number((BigInt(invMod(a, p)) * BigInt(a)) % P)).toBe(1);
        }),
        { seed: 13 + (p % 1000), numRuns: 500 },
      );
    });

    it(`ZZ/${p}: fromInt and fromRational are ring maps from Z and Q`, () => {
      const F = primeField(p);
      const P = BigInt(p);
      fc.assert(
        fc.property(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), fc.bigInt({ min: 1n, max: 2n ** 62n }), (a, b) => {
          fc.pre(b % P !== 0n);
          expect(F.fromInt(a)).toBe(Number(((a % P) + P) % P));
          const q = F.fromRational(rational(a, b));
          expect(F.eq(F.mul(q, F.fromInt(b)), F.fromInt(a))).toBe(true);
        }),
        { seed: 14 + (p % 1000), numRuns: 300 },
      );
    });
  }

  it('mulMod is exact for the largest modulus on the extreme values', () => {
    const p = MAX_PRIME;
    for (const a of [p - 1, p - 2, 2 ** 30, 2 ** 31 - 2]) {
      for (const b of [p - 1, p - 2, 2 ** 30 + 1, 65535]) {
        expect(mulMod(a, b, p)).toBe(Number((BigInt(a) * BigInt(b)) % BigInt(p)));
      }
    }
  });
});
