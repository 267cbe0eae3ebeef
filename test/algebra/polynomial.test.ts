import fc from 'fast-check';
import nerdamer from 'nerdamer';
import { describe, expect, it } from 'vitest';
import { ArgumentError, ArithmeticError } from '../../src/errors';
import type { Field } from '../../src/algebra/field';
import { primeField } from '../../src/algebra/primeField';
import { type Rational, parseRational, rational, ratToString } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { type PolynomialRing, polynomialRing } from '../../src/algebra/polynomialRing';
import {
  MAX_EXPONENT, type Polynomial, polyAdd, polyConstant, polyEq, polyEvaluate, polyFromTerms, polyIsZero,
  polyMapCoefficients, polyMul, polyNeg, polyOne, polyPartial, polyPow, polyScale, polySub, polySubstitute, polySum,
  polyTerms, polyTotalDegree, polyVariable, polyZero,
} from '../../src/algebra/polynomial';
import { polyToString } from '../../src/algebra/polynomialFormat';

// ------------------------------------------------------------------ helpers

const q = (n: number, d = 1): Rational => rational(n, d);
const RQ = polynomialRing(QQ, ['x', 'y', 'z']);
const [x, y, z] = [0, 1, 2].map((i) => polyVariable(RQ, i));
const c = (n: number, d = 1): Polynomial<Rational> => polyConstant(RQ, q(n, d));
const add = (...ps: Polynomial<Rational>[]): Polynomial<Rational> => ps.reduce(polyAdd);
const mul = (...ps: Polynomial<Rational>[]): Polynomial<Rational> => ps.reduce(polyMul);
const show = <T>(p: Polynomial<T>): [number[], string][] => polyTerms(p).map(([e, k]) => [e, p.ring.field.toString(k)]);

function coeffArb<T>(F: Field<T>): fc.Arbitrary<T> {
  if (F.characteristic === 0) {
    return fc.tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: 1, max: 12 })).map(([a, b]) => F.fromRational(rational(a, b)));
  }
  const p = F.characteristic;
  return fc.oneof(fc.integer({ min: 0, max: p - 1 }), fc.constantFrom(1, 2, p - 1, p - 2)).map((a) => F.fromInt(a));
}

function polyArb<T>(R: PolynomialRing<T>, maxTerms = 6, maxExp = 3): fc.Arbitrary<Polynomial<T>> {
  const n = R.variables.length;
  const exps = fc.array(fc.nat({ max: maxExp }), { minLength: n, maxLength: n });
  return fc.array(fc.tuple(exps, coeffArb(R.field)), { maxLength: maxTerms }).map((ts) => polyFromTerms(R, ts));
}

function pointArb<T>(F: Field<T>, n: number): fc.Arbitrary<T[]> {
  return fc.array(coeffArb(F), { minLength: n, maxLength: n });
}

/** Independent grevlex comparison (x_0 > x_1 > ...): > 0 when a is larger. */
function grevlex(a: number[], b: number[]): number {
  const da = a.reduce((s, e) => s + e, 0);
  const db = b.reduce((s, e) => s + e, 0);
  if (da !== db) return da - db;
  for (let i = a.length - 1; i >= 0; i--) if (a[i] !== b[i]) return b[i] - a[i];
  return 0;
}

// -------------------------------------------------------------- unit tests

describe('construction', () => {
  it('builds constants, variables and terms; zero coefficients are never stored', () => {
    expect(polyIsZero(polyZero(RQ))).toBe(true);
    expect(polyZero(RQ).terms.size).toBe(0);
    expect(polyConstant(RQ, QQ.zero).terms.size).toBe(0);
    expect(show(polyOne(RQ))).toEqual([[[0, 0, 0], '1']]);
    expect(show(polyVariable(RQ, 'y'))).toEqual([[[0, 1, 0], '1']]);
    expect(polyEq(polyVariable(RQ, 'z'), polyVariable(RQ, 2))).toBe(true);
    const p = polyFromTerms(RQ, [
      [[1, 0, 0], q(2)],
      [[0, 1, 0], q(1, 2)],
      [[1, 0, 0], q(-2)],
      [[0, 0, 0], q(0)],
    ]);
    expect(show(p)).toEqual([[[0, 1, 0], '1/2']]);
  });

  it('works in a ring with no variables (the field itself)', () => {
    const R0 = polynomialRing(QQ, []);
    const a = polyConstant(R0, q(2, 3));
    const b = polyConstant(R0, q(-3, 4));
    expect(show(polyMul(a, b))).toEqual([[[], '-1/2']]);
    expect(show(polyAdd(a, b))).toEqual([[[], '-1/12']]);
    expect(show(polyPow(a, 3))).toEqual([[[], '8/27']]);
    expect(ratToString(polyEvaluate(polyMul(a, b), []))).toBe('-1/2');
    expect(polyTotalDegree(a)).toBe(0);
  });

  it('rejects misuse with ArgumentError naming the function', () => {
    expect(() => polyVariable(RQ, 'w')).toThrow(ArgumentError);
    expect(() => polyVariable(RQ, 'w')).toThrow(/^polyVariable: name = "w"/);
    expect(() => polyVariable(RQ, 3)).toThrow(/^polyVariable: index = 3/);
    expect(() => polyVariable(RQ, 1.5)).toThrow(ArgumentError);
    expect(() => polyVariable(polynomialRing(QQ, []), 0)).toThrow(/^polyVariable:/);
    expect(() => polyFromTerms(RQ, [[[1, 0], q(1)]])).toThrow(/^polyFromTerms: terms\[0\] exponents/);
    expect(() => polyFromTerms(RQ, [[[1, -1, 0], q(1)]])).toThrow(/^polyFromTerms: terms\[0\] exponents\[1\] = -1/);
    expect(() => polyFromTerms(RQ, [[[0.5, 0, 0], q(1)]])).toThrow(ArgumentError);
    expect(() => polyFromTerms(RQ, [[[MAX_EXPONENT + 1, 0, 0], q(1)]])).toThrow(ArgumentError);
    expect(() => polyPow(x, -1)).toThrow(/^polyPow: k = -1/);
    expect(() => polyPow(x, 2.5)).toThrow(ArgumentError);
  });

  it('is immutable: operations never change their inputs', () => {
    const p = add(x, c(1));
    const before = show(p);
    polyAdd(p, y);
    polySub(p, p);
    polyMul(p, p);
    polyNeg(p);
    polyScale(q(3), p);
    polyPartial(p, 0);
    expect(show(p)).toEqual(before);
    expect(Object.isFrozen(p)).toBe(true);
  });
});

describe('arithmetic: concrete values', () => {
  it('expands (x+y)^3 with binomial coefficients, in grevlex order', () => {
    expect(show(polyPow(add(x, y), 3))).toEqual([
      [[3, 0, 0], '1'],
      [[2, 1, 0], '3'],
      [[1, 2, 0], '3'],
      [[0, 3, 0], '1'],
    ]);
  });

  it('(x+y)^3 = x^3 + y^3 in characteristic 3 (Frobenius)', () => {
    const F3 = polynomialRing(primeField(3), ['x', 'y']);
    const s = polyAdd(polyVariable(F3, 0), polyVariable(F3, 1));
    expect(show(polyPow(s, 3))).toEqual([
      [[3, 0], '1'],
      [[0, 3], '1'],
    ]);
    expect(show(polyPow(s, 2))).toEqual([
      [[2, 0], '1'],
      [[1, 1], '2'],
      [[0, 2], '1'],
    ]);
  });

  it('multiplies with cancellation: (x - 1/2 y)(x + 1/2 y) = x^2 - 1/4 y^2', () => {
    const h = polyScale(q(1, 2), y);
    expect(show(polyMul(polySub(x, h), polyAdd(x, h)))).toEqual([
      [[2, 0, 0], '1'],
      [[0, 2, 0], '-1/4'],
    ]);
  });

  it('sorts terms in graded reverse lexicographic order (not lex)', () => {
    const quad = polyPow(add(x, y, z), 2);
    // grevlex: x^2 > xy > y^2 > xz > yz > z^2 (lex would put xz before y^2)
    expect(polyTerms(quad).map(([e]) => e)).toEqual([
      [2, 0, 0], [1, 1, 0], [0, 2, 0], [1, 0, 1], [0, 1, 1], [0, 0, 2],
    ]);
    expect(show(quad).map(([, k]) => k)).toEqual(['1', '2', '1', '2', '2', '1']);
    // total degree dominates: z^3 comes before x^2
    expect(polyTerms(add(polyPow(x, 2), polyPow(z, 3), c(5))).map(([e]) => e)).toEqual([[0, 0, 3], [2, 0, 0], [0, 0, 0]]);
  });

  it('computes total degree, with -1 for zero', () => {
    expect(polyTotalDegree(polyZero(RQ))).toBe(-1);
    expect(polyTotalDegree(c(7))).toBe(0);
    expect(polyTotalDegree(add(mul(x, y, y, z), polyPow(x, 3)))).toBe(4);
  });

  it('powers: p^0 = 1 (also 0^0), 0^k = 0, monomial shortcut', () => {
    expect(show(polyPow(polyZero(RQ), 0))).toEqual([[[0, 0, 0], '1']]);
    expect(polyIsZero(polyPow(polyZero(RQ), 4))).toBe(true);
    expect(show(polyPow(polyScale(q(-2, 3), mul(x, y)), 3))).toEqual([[[3, 3, 0], '-8/27']]);
  });

  it('sums a list in one pass; polyScale by 0 gives 0', () => {
    expect(show(polySum(RQ, [x, y, x, polyNeg(y)]))).toEqual([[[1, 0, 0], '2']]);
    expect(polyIsZero(polySum(RQ, []))).toBe(true);
    expect(polyIsZero(polyScale(QQ.zero, add(x, y)))).toBe(true);
  });

  it('refuses operands from different rings, accepts structurally equal rings', () => {
    const other = polynomialRing(QQ, ['x', 'y', 'w']);
    const Fp = polynomialRing(primeField(32003), ['x', 'y', 'z']);
    expect(() => polyAdd(x, polyVariable(other, 0))).toThrow(/^polyAdd: rings = "QQ\[x,y,z\] and QQ\[x,y,w\]"/);
    expect(() => polyMul(x as unknown as Polynomial<number>, polyVariable(Fp, 0))).toThrow(ArgumentError);
    expect(() => polySub(x, polyVariable(other, 0))).toThrow(/^polySub:/);
    expect(() => polyEq(x, polyVariable(other, 0))).toThrow(/^polyEq:/);
    expect(() => polySum(RQ, [x, polyVariable(other, 0)])).toThrow(/^polySum: ps\[1\]\.ring/);
    const twin = polynomialRing(QQ, ['x', 'y', 'z']);
    expect(show(polyAdd(x, polyVariable(twin, 0)))).toEqual([[[1, 0, 0], '2']]);
  });

  it('polyEq distinguishes coefficient and support changes', () => {
    expect(polyEq(add(x, y), add(y, x))).toBe(true);
    expect(polyEq(add(x, y), add(x, polyScale(q(2), y)))).toBe(false);
    expect(polyEq(add(x, y), add(x, z))).toBe(false);
    expect(polyEq(add(x, y), x)).toBe(false);
  });

  it('throws ArithmeticError when an exponent would overflow', () => {
    const big = polyPow(x, MAX_EXPONENT);
    expect(() => polyMul(big, x)).toThrow(ArithmeticError);
    expect(() => polyMul(add(big, y), add(x, y))).toThrow(/^polyMul: exponent of x exceeds 65535/);
    expect(() => polyPow(polyPow(x, 300), 300)).toThrow(/^polyPow:/);
  });

  it('multiplies into a 30,000-term result well under a second', () => {
    const R = polynomialRing(QQ, ['x', 'y']);
    const a = polyFromTerms(R, Array.from({ length: 200 }, (_, i) => [[i, 0], q(1)] as const));
    const b = polyFromTerms(R, Array.from({ length: 150 }, (_, j) => [[0, j], q(1)] as const));
    const t0 = performance.now();
    const ab = polyMul(a, b);
    const ms = performance.now() - t0;
    expect(ab.terms.size).toBe(30000);
    expect([...ab.terms.values()].every((k) => ratToString(k) === '1')).toBe(true);
    // (2^200 - 1)(3^150 - 1)/2 = value of Σ 2^i · Σ 3^j
    expect(polyEvaluate(ab, [q(2), q(3)])).toEqual(rational(((2n ** 200n - 1n) * (3n ** 150n - 1n)) / 2n));
    expect(ms).toBeLessThan(1000);
  });
});

describe('evaluation, derivatives, substitution, coefficient maps: concrete values', () => {
  const p = add(mul(polyPow(x, 3), y), polyScale(q(2), mul(x, y, y)), c(-5)); // x^3 y + 2 x y^2 - 5

  it('evaluates exactly', () => {
    expect(ratToString(polyEvaluate(p, [q(1, 2), q(-3), q(7)]))).toBe('29/8'); // -3/8 + 9 - 5
    expect(ratToString(polyEvaluate(polyZero(RQ), [q(1), q(2), q(3)]))).toBe('0');
    expect(() => polyEvaluate(p, [q(1)])).toThrow(/^polyEvaluate: point\.length = 1/);
  });

  it('differentiates', () => {
    expect(polyToString(polyPartial(p, 0), 'plain')).toBe('3*x^2*y + 2*y^2');
    expect(polyToString(polyPartial(p, 1), 'plain')).toBe('x^3 + 4*x*y');
    expect(polyIsZero(polyPartial(p, 2))).toBe(true);
    const F3 = polynomialRing(primeField(3), ['x']);
    const t = polyVariable(F3, 0);
    expect(show(polyPartial(polyAdd(polyPow(t, 3), polyPow(t, 2)), 0))).toEqual([[[1], '2']]);
    expect(() => polyPartial(p, 3)).toThrow(/^polyPartial: varIndex = 3/);
  });

  it('substitutes into another ring over the same field', () => {
    const S = polynomialRing(QQ, ['s', 't']);
    const [s, t] = [polyVariable(S, 0), polyVariable(S, 1)];
    // x -> s + t, y -> s - t, z -> 1
    const r = polySubstitute(add(mul(x, y), z), [polyAdd(s, t), polySub(s, t), polyOne(S)]);
    expect(r.ring).toBe(S);
    expect(polyToString(r, 'plain')).toBe('s^2 - t^2 + 1');
    const R0 = polynomialRing(QQ, []);
    expect(polyToString(polySubstitute(polyConstant(R0, q(3)), [], S), 'plain')).toBe('3');
    expect(() => polySubstitute(polyConstant(R0, q(3)), [])).toThrow(/^polySubstitute: target/);
    expect(() => polySubstitute(x, [s, t])).toThrow(/^polySubstitute: images\.length = 2/);
    expect(() => polySubstitute(x, [s, t, polyVariable(polynomialRing(QQ, ['u']), 0)])).toThrow(/^polySubstitute: images\[2\]\.ring/);
    const Sp = polynomialRing(primeField(7), ['s']);
    const u = polyVariable(Sp, 0);
    expect(() => polySubstitute(x, [u, u, u] as unknown as Polynomial<Rational>[])).toThrow(/^polySubstitute: target\.field/);
  });

  it('maps coefficients Q -> F_p, dropping zeros and propagating p | denominator', () => {
    const F = primeField(7);
    const R7 = polynomialRing(F, ['x', 'y', 'z']);
    const red = (k: Rational): number => F.fromRational(k);
    const m = polyMapCoefficients(add(polyScale(q(1, 2), x), polyScale(q(14), y), c(-1)), R7, red);
    expect(show(m)).toEqual([[[1, 0, 0], '4'], [[0, 0, 0], '6']]);
    expect(() => polyMapCoefficients(polyScale(q(1, 7), x), R7, red)).toThrow(ArithmeticError);
    expect(() => polyMapCoefficients(x, polynomialRing(F, ['x', 'y']), red)).toThrow(/^polyMapCoefficients: targetRing\.variables/);
  });
});

// --------------------------------------------------------- property tests

const FIELDS: [string, Field<unknown>][] = [
  ['QQ', QQ as Field<unknown>],
  ['ZZ/32003', primeField(32003) as Field<unknown>],
  ['ZZ/2147483647', primeField(2147483647) as Field<unknown>],
];

describe.each(FIELDS)('commutative ring laws over %s', (_name, F) => {
  const R = polynomialRing(F, ['a', 'b', 'c']);
  const P = polyArb(R);
  const eq = (u: Polynomial<unknown>, v: Polynomial<unknown>): boolean => polyEq(u, v);

  it('addition: associative, commutative, 0 is neutral, p - p = 0, a - b = a + (-b)', () => {
    fc.assert(
      fc.property(P, P, P, (a, b, d) => {
        expect(eq(polyAdd(polyAdd(a, b), d), polyAdd(a, polyAdd(b, d)))).toBe(true);
        expect(eq(polyAdd(a, b), polyAdd(b, a))).toBe(true);
        expect(eq(polyAdd(a, polyZero(R)), a)).toBe(true);
        expect(polyIsZero(polySub(a, a))).toBe(true);
        expect(polyIsZero(polyAdd(a, polyNeg(a)))).toBe(true);
        expect(eq(polySub(a, b), polyAdd(a, polyNeg(b)))).toBe(true);
        expect(eq(polyAdd(a, polyOne(R)), a)).toBe(false);
      }),
      { seed: 7006 },
    );
  });

  it('multiplication: associative, commutative, distributive, 1 neutral, 0 absorbing, no zero divisors', () => {
    let nontrivial = 0;
    fc.assert(
      fc.property(P, P, P, (a, b, d) => {
        const ab = polyMul(a, b);
        expect(eq(polyMul(ab, d), polyMul(a, polyMul(b, d)))).toBe(true);
        expect(eq(ab, polyMul(b, a))).toBe(true);
        expect(eq(polyMul(a, polyAdd(b, d)), polyAdd(ab, polyMul(a, d)))).toBe(true);
        expect(eq(polyMul(a, polyOne(R)), a)).toBe(true);
        expect(polyIsZero(polyMul(a, polyZero(R)))).toBe(true);
        if (!polyIsZero(a) && !polyIsZero(b)) {
          expect(polyTotalDegree(ab)).toBe(polyTotalDegree(a) + polyTotalDegree(b));
          if (ab.terms.size >= 2) nontrivial++;
        }
      }),
      { seed: 7007 },
    );
    expect(nontrivial).toBeGreaterThan(30); // the laws were exercised on real products
  });

  it('scaling and powers: c(a b) = (c a) b, p^(j+k) = p^j p^k', () => {
    fc.assert(
      fc.property(coeffArb(F), P, P, fc.nat({ max: 3 }), fc.nat({ max: 3 }), (k, a, b, i, j) => {
        expect(eq(polyScale(k, polyMul(a, b)), polyMul(polyScale(k, a), b))).toBe(true);
        expect(eq(polyPow(a, i + j), polyMul(polyPow(a, i), polyPow(a, j)))).toBe(true);
      }),
      { seed: 7008, numRuns: 60 },
    );
  });

  it('evaluation is a ring homomorphism', () => {
    fc.assert(
      fc.property(P, P, pointArb(F, 3), coeffArb(F), (a, b, pt, k) => {
        const ea = polyEvaluate(a, pt);
        const eb = polyEvaluate(b, pt);
        expect(F.eq(polyEvaluate(polyMul(a, b), pt), F.mul(ea, eb))).toBe(true);
        expect(F.eq(polyEvaluate(polyAdd(a, b), pt), F.add(ea, eb))).toBe(true);
        expect(F.eq(polyEvaluate(polySub(a, b), pt), F.sub(ea, eb))).toBe(true);
        expect(F.eq(polyEvaluate(polyScale(k, a), pt), F.mul(k, ea))).toBe(true);
        expect(F.eq(polyEvaluate(polyPow(a, 3), pt), F.mul(ea, F.mul(ea, ea)))).toBe(true);
        expect(F.eq(polyEvaluate(polyConstant(R, k), pt), k)).toBe(true);
      }),
      { seed: 7009 },
    );
  });

  it('polyTerms is sorted strictly decreasing in grevlex and round-trips through polyFromTerms', () => {
    fc.assert(
      fc.property(P, (a) => {
        const ts = polyTerms(a);
        expect(ts.length).toBe(a.terms.size);
        for (let i = 1; i < ts.length; i++) expect(grevlex(ts[i - 1][0], ts[i][0])).toBeGreaterThan(0);
        expect(ts.every(([, k]) => !F.isZero(k))).toBe(true);
        expect(eq(polyFromTerms(R, ts), a)).toBe(true);
      }),
      { seed: 7010 },
    );
  });

  it('partial derivatives: linear and Leibniz rule', () => {
    fc.assert(
      fc.property(P, P, fc.nat({ max: 2 }), (a, b, i) => {
        const d = (p: Polynomial<unknown>): Polynomial<unknown> => polyPartial(p, i);
        expect(eq(d(polyAdd(a, b)), polyAdd(d(a), d(b)))).toBe(true);
        expect(eq(d(polyMul(a, b)), polyAdd(polyMul(d(a), b), polyMul(a, d(b))))).toBe(true);
      }),
      { seed: 7011 },
    );
  });

  it('substitution is a ring homomorphism and composes with evaluation', () => {
    const S = polynomialRing(F, ['s', 't']);
    const images = fc.array(polyArb(S, 3, 2), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(P, P, images, pointArb(F, 2), (a, b, imgs, pt) => {
        const sa = polySubstitute(a, imgs);
        const inner = imgs.map((g) => polyEvaluate(g, pt));
        expect(F.eq(polyEvaluate(sa, pt), polyEvaluate(a, inner))).toBe(true);
        expect(eq(polySubstitute(polyMul(a, b), imgs), polyMul(sa, polySubstitute(b, imgs)))).toBe(true);
        // substituting the variables themselves is the identity
        expect(eq(polySubstitute(a, [0, 1, 2].map((k) => polyVariable(R, k))), a)).toBe(true);
      }),
      { seed: 7012, numRuns: 50 },
    );
  });
});

describe('coefficient map Q -> F_p', () => {
  const R = polynomialRing(QQ, ['a', 'b', 'c']);
  const P = polyArb(R);
  it.each([32003, 2147483647])('commutes with +, * and evaluation (p = %i)', (p) => {
    const F = primeField(p);
    const Rp = polynomialRing(F, ['a', 'b', 'c']);
    const red = (k: Rational): number => F.fromRational(k);
    const map = (u: Polynomial<Rational>): Polynomial<number> => polyMapCoefficients(u, Rp, red);
    fc.assert(
      fc.property(P, P, pointArb(QQ, 3), (a, b, pt) => {
        expect(polyEq(map(polyMul(a, b)), polyMul(map(a), map(b)))).toBe(true);
        expect(polyEq(map(polyAdd(a, b)), polyAdd(map(a), map(b)))).toBe(true);
        expect(polyEvaluate(map(a), pt.map(red))).toBe(red(polyEvaluate(a, pt)));
      }),
      { seed: 7013 },
    );
  });
});

// ------------------------------------------------------ independent oracle

/*
 * Cross-check against nerdamer, an independent CAS. The exact core above is
 * our own because nerdamer and mathjs are far too slow for the large
 * polynomial identities deeplin needs (tens of thousands of terms, products of
 * 16 symbolic matrices) and are not exact-by-construction (mathjs works in
 * floats unless told otherwise; nerdamer mixes symbolic and numeric paths).
 * On small cases they serve as an oracle written by other people: we expand
 * with nerdamer, evaluate both expansions at exact rational points and
 * compare, and we also ask nerdamer to confirm symbolically that our printed
 * expansion minus the original expression expands to 0.
 */
describe('cross-check against nerdamer', () => {
  const cases: [string, Polynomial<Rational>][] = [
    ['(x+y)^3*(2*x-1/3*z)', mul(polyPow(add(x, y), 3), polySub(polyScale(q(2), x), polyScale(q(1, 3), z)))],
    ['(x-2*y+1/2)*(x^2+y*z-3)*(y-z)', mul(add(x, polyScale(q(-2), y), c(1, 2)), add(polyPow(x, 2), mul(y, z), c(-3)), polySub(y, z))],
    ['(x+y+z)^4-(x-y)^2*(z+5/7)^2', polySub(polyPow(add(x, y, z), 4), mul(polyPow(polySub(x, y), 2), polyPow(add(z, c(5, 7)), 2)))],
    ['(3*x*y-2/5*z^2+1)^3', polyPow(add(polyScale(q(3), mul(x, y)), polyScale(q(-2, 5), polyPow(z, 2)), c(1)), 3)],
  ];

  it.each(cases)('%s: same values at rational points, and our expansion agrees symbolically', (expr, ours) => {
    expect(ours.terms.size).toBeGreaterThan(3);
    const expanded = nerdamer(expr).expand().toString();
    const diff = nerdamer(`expand((${expr})-(${polyToString(ours, 'm2')}))`).toString();
    expect(diff).toBe('0');
    const wrong = nerdamer(`expand((${expr})-(${polyToString(polyAdd(ours, x), 'm2')}))`).toString();
    expect(wrong).not.toBe('0'); // the symbolic check can fail
    const pts: [number, number][][] = [
      [[1, 2], [-3, 1], [5, 7]],
      [[-2, 3], [4, 5], [1, 9]],
      [[7, 1], [0, 1], [-1, 4]],
    ];
    for (const pt of pts) {
      const vals = pt.map(([n, d]) => q(n, d));
      const subs = { x: `${pt[0][0]}/${pt[0][1]}`, y: `${pt[1][0]}/${pt[1][1]}`, z: `${pt[2][0]}/${pt[2][1]}` };
      const theirs = parseRational(nerdamer(expanded, subs).evaluate().text('fractions'));
      expect(ratToString(polyEvaluate(ours, vals))).toBe(ratToString(theirs));
    }
  });
});
