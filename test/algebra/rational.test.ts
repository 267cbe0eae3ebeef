import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseRational, rational, ratAdd, ratCompare, ratDiv, ratMul, ratSub, ratToString, type Rational,
} from '../../src/algebra/rational';
import { ArithmeticError, FormatError } from '../../src/errors';

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function isCanonical(r: Rational): boolean {
  return r.den > 0n && gcd(r.num, r.den) === 1n && (r.num !== 0n || r.den === 1n);
}

const arbBig = fc.bigInt({ min: -(2n ** 100n), max: 2n ** 100n });
const arbDen = fc.bigInt({ min: 1n, max: 2n ** 64n }).chain((d) => fc.constantFrom(d, -d));

describe('rational: canonical form', () => {
  it('reduces to lowest terms with a positive denominator', () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(rational(0n, -5n)).toEqual({ num: 0n, den: 1n });
    expect(rational(-10, -15)).toEqual({ num: 2n, den: 3n });
    expect(rational(7)).toEqual({ num: 7n, den: 1n });
  });

  it('refuses a zero denominator', () => {
    expect(() => rational(1n, 0n)).toThrow(ArithmeticError);
  });

  it('is canonical for all inputs, and equal values are identical', () => {
    fc.assert(
      fc.property(arbBig, arbDen, fc.bigInt({ min: 1n, max: 2n ** 30n }), (a, b, k) => {
        const r = rational(a, b);
        expect(isCanonical(r)).toBe(true);
        expect(rational(a * k, b * k)).toEqual(r);
        expect(r.num * b).toBe(a * r.den); // same value
      }),
      { seed: 21, numRuns: 300 },
    );
  });

  it('arithmetic stays canonical and agrees with cross-multiplication', () => {
    fc.assert(
      fc.property(arbBig, arbDen, arbBig, arbDen, (a, b, c, d) => {
        const x = rational(a, b);
        const y = rational(c, d);
        for (const z of [ratAdd(x, y), ratSub(x, y), ratMul(x, y)]) expect(isCanonical(z)).toBe(true);
        expect(ratAdd(x, y)).toEqual(rational(a * d + c * b, b * d));
        expect(ratMul(x, y)).toEqual(rational(a * c, b * d));
        if (c !== 0n) expect(ratDiv(x, y)).toEqual(rational(a * d, b * c));
        expect(Math.sign(ratCompare(x, y))).toBe(Math.sign(Number(a * b * d * d - c * d * b * b)));
      }),
      { seed: 22, numRuns: 300 },
    );
  });
});

describe('rational: text format', () => {
  it('prints integers without a denominator and fractions as p/q', () => {
    expect(ratToString(rational(5))).toBe('5');
    expect(ratToString(rational(-3, 2))).toBe('-3/2');
    expect(ratToString(rational(0, 7))).toBe('0');
  });

  it('parses to canonical form', () => {
    expect(ratToString(parseRational('-6/4'))).toBe('-3/2');
    expect(ratToString(parseRational('+3'))).toBe('3');
    expect(ratToString(parseRational('0/5'))).toBe('0');
    expect(ratToString(parseRational('-0'))).toBe('0');
    expect(parseRational('123456789012345678901234567890/2')).toEqual({ num: 61728394506172839450617283945n, den: 1n });
  });

  it('round-trips print → parse → print', () => {
    fc.assert(
      fc.property(arbBig, arbDen, (a, b) => {
        const r = rational(a, b);
        const s = ratToString(r);
        expect(parseRational(s)).toEqual(r);
        expect(ratToString(parseRational(s))).toBe(s);
      }),
      { seed: 23, numRuns: 300 },
    );
  });

  it('refuses anything that is not an exact rational written as a string', () => {
    for (const bad of ['1.5', '1e3', '', ' ', '1/0', '0/0', '1/-2', '1/2/3', 'abc', '0x10', '1 /2', '--1', 'Infinity', 'NaN']) {
      expect(() => parseRational(bad), bad).toThrow(FormatError);
    }
    for (const bad of [1.5, 3, 0, null, undefined, { num: 1, den: 2 }, ['1']]) {
      expect(() => parseRational(bad), String(bad)).toThrow(FormatError);
    }
  });

  it('refuses a bigint with a FormatError', () => {
    expect(() => parseRational(3n)).toThrow(FormatError);
  });

  it('names the caller in its error messages', () => {
    expect(() => parseRational('1.5', 'readWitness')).toThrow(/^readWitness: "1.5" is not an exact rational/);
  });
});
