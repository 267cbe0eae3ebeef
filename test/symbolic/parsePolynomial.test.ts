/**
 * parsePolynomial reads back exactly what polyToString(·, 'plain') writes,
 * and refuses everything outside its small grammar with the position; the
 * same parser, in its expression dialect, reads parsePolynomialMap's texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { polyEq, polyFromTerms } from '../../src/algebra/polynomial';
import { polyToString } from '../../src/algebra/polynomialFormat';
import { polynomialRing } from '../../src/algebra/polynomialRing';
import { rational, ratToString } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { FormatError } from '../../src/errors';
import { integerEchelonBasis } from '../../src/algebra/integerEchelonBasis';
import { MAX_POLYNOMIAL_NESTING, MAX_POLYNOMIAL_TEXT, parsePolynomial } from '../../src/symbolic/parsePolynomial';
import { parsePolynomialMap } from '../../src/symbolic/parsePolynomialMap';

const R = polynomialRing(QQ, ['w1_1_1', 'w1_1_2', 'w2_1_1', 'x']);

describe('parsePolynomial', () => {
  it('round-trips polyToString(·, "plain") for random rational polynomials', () => {
    const arbTerm = fc.tuple(
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
      fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 12n })),
    );
    fc.assert(
      fc.property(fc.array(arbTerm, { maxLength: 8 }), (terms) => {
        const p = polyFromTerms(R, terms.map(([e, [n, d]]) => [e, rational(n, d)] as const));
        const text = polyToString(p, 'plain');
        expect(polyEq(parsePolynomial(text, R), p)).toBe(true);
      }),
      { seed: 6601, numRuns: 200 },
    );
  });

  it('reads products, powers, repeated monomials, spaces and the zero polynomial', () => {
    const show = (t: string): string => polyToString(parsePolynomial(t, R), 'plain');
    expect(show('0')).toBe('0');
    expect(show('-x')).toBe('-x');
    expect(show('2*3*x*x^2 - 1/2*w1_1_1*w2_1_1 + w2_1_1*w1_1_1')).toBe('6*x^3 + 1/2*w1_1_1*w2_1_1');
    expect(show('  x^0 +  4/6 ')).toBe('5/3');
    expect(show('x - x')).toBe('0');
  });

  it('refuses anything else with FormatError naming the position', () => {
    const cases: [string, RegExp][] = [
      ['', /empty polynomial/],
      ['1.5*x', /unexpected '\.' at position 1/],
      ['1e3', /unexpected 'e' at position 1/],
      ['3x', /unexpected 'x' at position 1/],
      ['(x)', /unexpected '\(' at position 0/],
      ['x/2', /unexpected '\/' at position 1/],
      ['1/0*x', /denominator zero at position 2/],
      ['x + -x', /unexpected '-' at position 4/],
      ['--x', /unexpected '-' at position 1/],
      ['+x', /unexpected '\+' at position 0/],
      ['x^', /unexpected end of text at position 2/],
      ['x^-1', /unexpected '-' at position 2/],
      ['x^70000', /exponent above 65535 at position 2/],
      ['y', /unknown variable "y" at position 0/],
      ['x*', /unexpected end of text at position 2/],
      ['x\t+ 1', /unexpected '\t' at position 1/],
    ];
    for (const [text, message] of cases) {
      expect(() => parsePolynomial(text, R), JSON.stringify(text)).toThrow(FormatError);
      expect(() => parsePolynomial(text, R), JSON.stringify(text)).toThrow(message);
      expect(() => parsePolynomial(text, R), JSON.stringify(text)).toThrow(/^parsePolynomial: /);
    }
    expect(() => parsePolynomial(3, R)).toThrow(/expected a polynomial written as a string/);
    expect(() => parsePolynomial('y', R, 'myChecker: field')).toThrow(/^myChecker: field: unknown variable/);
  });
});

describe('integerEchelonBasis', () => {
  it('gives primitive integer rows with positive pivots, spanning the same space', () => {
    const q = (n: number, d = 1) => rational(n, d);
    const basis = integerEchelonBasis([[q(0), q(-2, 3), q(4, 9)], [q(0), q(1), q(-2, 3)], [q(3), q(0), q(1, 2)]], 3);
    expect(basis.map((r) => r.map(ratToString))).toEqual([['6', '0', '1'], ['0', '3', '-2']]);
    expect(integerEchelonBasis([[q(0), q(0)]], 2)).toEqual([]);
    expect(() => integerEchelonBasis([[q(1)]], 2)).toThrow(/^integerEchelonBasis: vectors\[0\]\.length/);
    expect(() => integerEchelonBasis([[1 as unknown as ReturnType<typeof q>]], 1)).toThrow(/^integerEchelonBasis: vectors\[0\]\[0\]/);
  });
});

describe('one parser, two entry points', () => {
  const vars = ['w1_1_1', 'w1_1_2', 'w2_1_1', 'x'];
  const safe = 2n ** 53n - 1n; // the expression dialect reads integers below 2^53

  it('parsePolynomial and parsePolynomialMap read the same polynomial from polyToString(·, "plain") (property)', () => {
    const arbTerm = fc.tuple(
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
      fc.tuple(fc.bigInt({ min: -safe, max: safe }), fc.bigInt({ min: 1n, max: safe })),
    );
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(arbTerm, { selector: ([e]) => e.join(','), maxLength: 10 }), { minLength: 1, maxLength: 3 }), (map) => {
        const ps = map.map((terms) => polyFromTerms(R, terms.map(([e, [n, d]]) => [e, rational(n, d)] as const)));
        const texts = ps.map((p) => polyToString(p, 'plain'));
        const viaMap = parsePolynomialMap(vars, texts.join(', ')).polynomials;
        texts.forEach((text, i) => {
          const plain = parsePolynomial(text, R);
          expect(polyEq(plain, ps[i])).toBe(true);
          expect(polyToString(viaMap[i], 'plain')).toBe(polyToString(plain, 'plain'));
        });
      }),
      { seed: 6602, numRuns: 100 },
    );
  });

  it('reads a 10,000-term certificate polynomial without deep recursion', () => {
    const digits = (i: number): number[] => [i % 10, Math.floor(i / 10) % 10, Math.floor(i / 100) % 10, Math.floor(i / 1000)];
    const terms = Array.from({ length: 10_000 }, (_, i) => [digits(i), rational(i + 1, (i % 5) + 1)] as const);
    const p = polyFromTerms(R, terms);
    expect(p.terms.size).toBe(10_000);
    expect(polyEq(parsePolynomial(polyToString(p, 'plain'), R), p)).toBe(true);
  });

  it('refuses a text longer than MAX_POLYNOMIAL_TEXT and nesting deeper than MAX_POLYNOMIAL_NESTING, with the limit', () => {
    const long = `x${' + x'.repeat(MAX_POLYNOMIAL_TEXT / 4)}`;
    expect(() => parsePolynomial(long, R)).toThrow(/^parsePolynomial: the text has 1000001 characters \(allowed: at most 1000000\) at position 1000000 in …"/);
    expect(() => parsePolynomialMap(['x'], long, { name: 'deeplin image-dim', argument: '--map' })).toThrow(/^deeplin image-dim: --map has 1000001 characters \(allowed: at most 1000000\)$/);
    const deep = (k: number): string => `${'('.repeat(k)}x${')'.repeat(k)}`;
    expect(polyToString(parsePolynomialMap(['x'], deep(MAX_POLYNOMIAL_NESTING)).polynomials[0])).toBe('x');
    expect(() => parsePolynomialMap(['x'], deep(MAX_POLYNOMIAL_NESTING + 1))).toThrow(/component 1 .*: parentheses and exponents nested more than 100 deep \(allowed: at most 100\)$/);
    expect(() => parsePolynomialMap(['x'], `x${'^1'.repeat(MAX_POLYNOMIAL_NESTING + 1)}`)).toThrow(/nested more than 100 deep/);
  });

  it('the expression dialect keeps calculator precedences', () => {
    const show = (t: string): string => polyToString(parsePolynomialMap(['a', 'b'], t).polynomials[0], 'plain');
    expect(show('-a^2')).toBe('-a^2');
    expect(show('a^2^2')).toBe('a^4'); // right-associative
    expect(show('1/2a')).toBe('1/2*a'); // (1/2)·a
    expect(show('(a+b) 2')).toBe('2*a + 2*b');
    expect(show('a b/2')).toBe('1/2*a*b');
    expect(show('2.0*a + 1e2')).toBe('2*a + 100');
    expect(() => show('a/2b')).toThrow(/division only by a nonzero constant/); // a/(2b)
    expect(() => show('a 2')).not.toThrow();
    expect(() => show('2 3')).toThrow(/unexpected '3' at position 2/);
    expect(() => show('a\nb')).toThrow(/unexpected '\n' at position 1/);
  });
});
