import { describe, expect, it } from 'vitest';
import { characteristicPolynomial } from '../../src/algebra/characteristicPolynomial';
import { matFromStrings } from '../../src/algebra/matrix';
import { rational, ratToString } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { countRealRoots, maxRootAtMostMinRoot } from '../../src/algebra/sturm';

const poly = (...c: number[]) => c.map((x) => rational(x));

describe('Sturm sequences', () => {
  it('count real roots in half-open intervals', () => {
    const p = poly(-2, 0, 1); // x² − 2
    expect(countRealRoots(p, rational(-2), rational(2))).toBe(2);
    expect(countRealRoots(p, rational(1), rational(2))).toBe(1);
    expect(countRealRoots(p, rational(3, 2), rational(2))).toBe(0);
    expect(countRealRoots(poly(1, -2, 1), rational(0), rational(1))).toBe(1); // (x − 1)², counted once, endpoint included
  });

  it('compare the largest root of f with the smallest root of g exactly, ties included', () => {
    expect(maxRootAtMostMinRoot(poly(-2, 0, 1), poly(-3, 1))).toBe(true); // √2 ≤ 3
    expect(maxRootAtMostMinRoot(poly(-2, 0, 1), poly(-1, 1))).toBe(false); // √2 > 1
    expect(maxRootAtMostMinRoot(poly(-2, 0, 1), poly(-2, 0, 1))).toBe(false); // √2 > −√2
    expect(maxRootAtMostMinRoot(poly(0, -2, 0, 1), poly(-2, 0, 1))).toBe(false);
    // ties: roots {−√2, 0, √2} vs (x − √2)(x − 2) = x² − (2 + √2)x + 2√2 is not rational; use x² − 2 restricted: f = x(x + 1), g = x(x − 1)
    expect(maxRootAtMostMinRoot(poly(0, 1, 1), poly(0, -1, 1))).toBe(true); // max{−1, 0} = 0 ≤ min{0, 1} = 0
    expect(maxRootAtMostMinRoot(poly(-4, 0, 1), poly(-2, 1))).toBe(true); // max ±2 = 2 ≤ 2
  });

  it('characteristic polynomials by Faddeev–LeVerrier', () => {
    expect(characteristicPolynomial(matFromStrings(QQ, [['1', '2'], ['3', '4']])).map(ratToString)).toEqual(['-2', '-5', '1']);
    expect(characteristicPolynomial(matFromStrings(QQ, [['2', '0', '0'], ['0', '3', '0'], ['0', '0', '1/2']])).map(ratToString)).toEqual(['-3', '17/2', '-11/2', '1']);
  });
});
