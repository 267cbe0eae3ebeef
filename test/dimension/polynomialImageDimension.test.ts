import { describe, expect, it } from 'vitest';
import { polyToString } from '../../src/algebra/polynomialFormat';
import { polynomialImageDimension } from '../../src/dimension/polynomialImageDimension';
import { architecture } from '../../src/model/architecture';
import { symbolicDeltaCoordinates, symbolicNetwork } from '../../src/model/symbolicNetwork';
import { QQ } from '../../src/algebra/rationalField';
import { parsePolynomialMap } from '../../src/symbolic/parsePolynomialMap';

const dim = (vars: string, map: string): number => {
  const r = polynomialImageDimension(parsePolynomialMap(vars.split(','), map).polynomials, { seed: 7 });
  expect(r.lowerBound).toBe(r.upperBound);
  expect(r.status, map).not.toBe('disagree');
  expect(r.failureProbability).toBeLessThan(1e-12);
  return r.dimension;
};

describe('polynomialImageDimension pins known dimensions', () => {
  const cases: [string, string, string, number][] = [
    ['monomial: pairwise products', 'a,b,c', 'a*b, b*c, a*c', 3],
    ['monomial: a toric curve', 'a,b', 'a^2*b, a*b^2', 2],
    ['Veronese surface', 'a,b', 'a^2, a*b, b^2', 2],
    ['twisted cubic', 't', 't, t^2, t^3', 1],
    ['Segre P1 x P1 (affine cone)', 'x1,x2,y1,y2', 'x1*y1, x1*y2, x2*y1, x2*y2', 3],
    ['Segre 2 x 3', 'x1,x2,y1,y2,y3', 'x1*y1, x1*y2, x1*y3, x2*y1, x2*y2, x2*y3', 4],
    ['determinant of a 2x2 matrix', 'a,b,c,d', 'a*d - b*c', 1],
    ['2x2 product of 2x1 and 1x2 (rank-1 matrices)', 'a,b,c,d', 'a*c, a*d, b*c, b*d', 3],
    ['composite in one variable', 'a,b', 'a+b, (a+b)^2, (a+b)^3', 1],
    ['symmetric functions', 'a,b,c', 'a+b+c, a*b+b*c+a*c, a*b*c', 3],
    ['rational coefficients', 'a,b', '1/2*a^2 - 3/4*b, a*b/5', 2],
    ['constant map', 'a,b', '7, 1/3', 0],
  ];
  for (const [name, vars, map, expected] of cases) it(`${name}: ${expected}`, () => expect(dim(vars, map)).toBe(expected));

  it('agrees with the generic rank of δ (MATH §2): widths (1,3,1) -> 5, (2,2,2) -> 3', () => {
    for (const [widths, expected] of [[[1, 3, 1], 5], [[2, 2, 2], 3]] as const) {
      const net = symbolicNetwork(QQ, architecture(widths));
      const coords = symbolicDeltaCoordinates(net);
      const text = coords.map((p) => polyToString(p, 'plain')).join(', ');
      expect(dim(net.ring.variables.join(','), text)).toBe(expected);
    }
  });
});

describe('polynomialImageDimension misuse', () => {
  it('refuses an empty map', () => {
    expect(() => polynomialImageDimension([])).toThrow(/^polynomialImageDimension: map/);
  });
});

describe('the float cross-check is scaled, and unreliable rather than disagreeing (issue #9 item 7)', () => {
  it('rows of very different size (units) are not rank loss', () => {
    const { polynomials } = parsePolynomialMap(['a', 'b'], '1000000000000000*a + b, a - b');
    const r = polynomialImageDimension(polynomials, { seed: 1 });
    expect([r.dimension, r.floatRank, r.status]).toEqual([2, 2, 'ok']);
  });
  it('a rank that needs singular values below double precision is unreliable, with the reason', () => {
    const { polynomials } = parsePolynomialMap(['a', 'b'], 'a + b, a + b + (b/1000000)^3');
    const r = polynomialImageDimension(polynomials, { seed: 1 });
    expect([r.dimension, r.floatRank, r.status]).toEqual([2, 1, 'unreliable']);
    expect(r.floatNote).toMatch(/^the exact rank 2 needs sigma_2\/sigma_1 = .* below double precision .* even after row and column scaling$/);
  });
});
