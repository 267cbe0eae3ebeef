import fc from 'fast-check';
import nerdamer from 'nerdamer';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors';
import { primeField } from '../../src/algebra/primeField';
import { type Rational, parseRational, rational, ratToString } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { polynomialRing } from '../../src/algebra/polynomialRing';
import { polyConstant, polyEvaluate, polyFromTerms, polyZero } from '../../src/algebra/polynomial';
import { type PolyFormatStyle, polyToString } from '../../src/algebra/polynomialFormat';

const q = (n: number, d = 1): Rational => rational(n, d);
const R = polynomialRing(QQ, ['x', 'y', 'z']);
const ALL: PolyFormatStyle[] = ['plain', 'm2', 'singular', 'latex'];

describe('polyToString', () => {
  const p = polyFromTerms(R, [
    [[2, 1, 0], q(3)],
    [[0, 0, 1], q(-1, 2)],
  ]);

  it('prints 3x^2y - 1/2 z in every style', () => {
    expect(polyToString(p, 'plain')).toBe('3*x^2*y - 1/2*z');
    expect(polyToString(p, 'm2')).toBe('3*x^2*y-1/2*z');
    expect(polyToString(p, 'singular')).toBe('3*x^2*y-1/2*z');
    expect(polyToString(p, 'latex')).toBe('3x^{2}y - \\frac{1}{2}z');
    expect(polyToString(p)).toBe('3*x^2*y - 1/2*z'); // plain is the default
  });

  it('handles a negative leading term, unit coefficients and constants', () => {
    const r = polyFromTerms(R, [
      [[2, 0, 0], q(-1)],
      [[0, 1, 0], q(1)],
      [[0, 0, 0], q(-1)],
    ]);
    expect(polyToString(r, 'plain')).toBe('-x^2 + y - 1');
    expect(polyToString(r, 'm2')).toBe('-x^2+y-1');
    expect(polyToString(r, 'latex')).toBe('-x^{2} + y - 1');
    expect(polyToString(polyConstant(R, q(-1, 2)), 'm2')).toBe('-1/2');
    expect(polyToString(polyConstant(R, q(-1, 2)), 'latex')).toBe('-\\frac{1}{2}');
    expect(polyToString(polyConstant(R, q(7)), 'plain')).toBe('7');
    const s = polyFromTerms(R, [
      [[1, 1, 1], q(-5, 3)],
      [[0, 0, 0], q(1, 2)],
    ]);
    expect(polyToString(s, 'plain')).toBe('-5/3*x*y*z + 1/2');
    expect(polyToString(s, 'latex')).toBe('-\\frac{5}{3}xyz + \\frac{1}{2}');
  });

  it('prints the zero polynomial as 0 in every style', () => {
    for (const style of ALL) expect(polyToString(polyZero(R), style)).toBe('0');
    expect(polyToString(polyZero(polynomialRing(QQ, [])), 'm2')).toBe('0');
  });

  it('prints F_p coefficients with the field representative', () => {
    const F = primeField(7);
    const Rp = polynomialRing(F, ['x', 'y']);
    const r = polyFromTerms(Rp, [
      [[1, 0], F.fromInt(-1)],
      [[0, 0], F.fromInt(3)],
      [[0, 2], F.fromRational(rational(1, 2))],
    ]);
    expect(polyToString(r, 'plain')).toBe('4*y^2 + 6*x + 3');
    expect(polyToString(r, 'singular')).toBe('4*y^2+6*x+3');
    expect(polyToString(r, 'latex')).toBe('4y^{2} + 6x + 3');
  });

  it('renders structured variable names in LaTeX and keeps them verbatim elsewhere', () => {
    const W = polynomialRing(QQ, ['w3_1_2', 'x12', 'x_1_2', 'ab', 'a_b']);
    const t = (e: number[], k: Rational): [number[], Rational] => [e, k];
    const r = polyFromTerms(W, [t([2, 1, 0, 0, 0], q(1)), t([0, 3, 1, 0, 0], q(-2)), t([0, 0, 0, 1, 1], q(1, 4))]);
    expect(polyToString(r, 'latex')).toBe(
      '-2x_{12}^{3}x_{1,2} + {w^{(3)}_{1,2}}^{2}x_{12} + \\frac{1}{4}\\mathit{ab}\\mathit{a\\_b}',
    );
    expect(polyToString(r, 'singular')).toBe('-2*x12^3*x_1_2+w3_1_2^2*x12+1/4*ab*a_b');
    // Macaulay2 reads _ as subscripting: structured names become indexed variables, others are refused
    expect(() => polyToString(r, 'm2')).toThrow(/^m2VariableName: name = "a_b"/);
    const s = polyFromTerms(W, [t([2, 1, 0, 0, 0], q(1)), t([0, 3, 1, 0, 0], q(-2))]);
    expect(polyToString(s, 'm2')).toBe('-2*x12^3*x_(1,2)+w_(3,1,2)^2*x12');
  });

  it('refuses unknown styles', () => {
    expect(() => polyToString(p, 'maple' as PolyFormatStyle)).toThrow(ArgumentError);
    expect(() => polyToString(p, 'maple' as PolyFormatStyle)).toThrow(/^polyToString: style = "maple"/);
  });
});

describe('polyToString properties', () => {
  const coeff = fc.tuple(fc.integer({ min: -40, max: 40 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => q(a, b));
  const exps = fc.array(fc.nat({ max: 3 }), { minLength: 3, maxLength: 3 });
  const P = fc.array(fc.tuple(exps, coeff), { minLength: 1, maxLength: 6 }).map((ts) => polyFromTerms(R, ts));

  it('plain, m2 and singular differ only by spacing', () => {
    fc.assert(
      fc.property(P, (p) => {
        const m2 = polyToString(p, 'm2');
        expect(polyToString(p, 'singular')).toBe(m2);
        expect(polyToString(p, 'plain').replace(/ /g, '')).toBe(m2);
        expect(m2).not.toMatch(/\+-|--|\*1\*|\^1(?!\d)|\^0/);
      }),
      { seed: 7014 },
    );
  });

  // nerdamer is an independent parser: the m2 text must denote the same polynomial.
  it('the m2 text, parsed by nerdamer, takes the same values', () => {
    let nonzero = 0;
    fc.assert(
      fc.property(P, fc.array(coeff, { minLength: 3, maxLength: 3 }), (p, pt) => {
        const text = polyToString(p, 'm2');
        const subs = { x: ratToString(pt[0]), y: ratToString(pt[1]), z: ratToString(pt[2]) };
        const theirs = parseRational(nerdamer(text, subs).evaluate().text('fractions'));
        const ours = polyEvaluate(p, pt);
        if (ours.num !== 0n) nonzero++;
        expect(ratToString(ours)).toBe(ratToString(theirs));
      }),
      { seed: 7015, numRuns: 40 },
    );
    expect(nonzero).toBeGreaterThan(10);
  });
});
