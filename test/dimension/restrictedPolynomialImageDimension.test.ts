/**
 * polynomialImageDimension restricted to a parametrized variety V = cl φ(Q^k)
 * (`options.source`): pinned examples, the laws relating it to the
 * unrestricted dimension and to the symbolically expanded composite F∘φ,
 * and misuse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { polySubstitute } from '../../src/algebra/polynomial';
import { polyToString } from '../../src/algebra/polynomialFormat';
import { polynomialImageDimension } from '../../src/dimension/polynomialImageDimension';
import { parsePolynomialMap } from '../../src/symbolic/parsePolynomialMap';

const restricted = (vars: string, map: string, params: string, phi: string, seed = 7) =>
  polynomialImageDimension(parsePolynomialMap(vars.split(','), map).polynomials, {
    seed,
    source: parsePolynomialMap(params.split(','), phi).polynomials,
  });

describe('polynomialImageDimension restricted to a parametrized variety: pinned examples', () => {
  const cases: [string, string, string, string, string, number, number][] = [
    ['Segre 2x2 on a line', 'x1,x2,y1,y2', 'x1*y1, x1*y2, x2*y1, x2*y2', 't', '1 + t, 2 - t, 3*t, 1/2 + 2*t', 1, 1],
    ['Segre 2x2 on a line it collapses', 'x1,x2,y1,y2', 'x1*y1, x1*y2, x2*y1, x2*y2', 't', 't, 0, 0, 0', 0, 1],
    ['pairwise products on the twisted cubic', 'a,b,c', 'a*b, b*c, a*c', 't', 't, t^2, t^3', 1, 1],
    ['a quadric vanishing on the Veronese cone, and a line', 'a,b,c', 'a*c - b^2, a + c', 's,t', 's^2, s*t, t^2', 1, 2],
    ['the determinant on the rank-1 matrices', 'a,b,c,d', 'a*d - b*c', 'x1,x2,y1,y2', 'x1*y1, x1*y2, x2*y1, x2*y2', 0, 3],
    ['symmetric functions on the plane a+b+c = 0', 'a,b,c', 'a+b+c, a*b+b*c+a*c, a*b*c', 's,t', 's, t, -s - t', 2, 2],
    ['a constant parametrization (V a point)', 'a,b', 'a^2, a*b', 't', '3, 1/2', 0, 0],
    ['rational coefficients', 'a,b', 'a^2 - 1/3*b, a*b', 't', '1/2*t + 1, 3/4*t^2', 1, 1],
  ];
  for (const [name, vars, map, params, phi, dim, sourceDim] of cases) {
    it(`${name}: dim cl F(V) = ${dim}, dim V = ${sourceDim}`, () => {
      const r = restricted(vars, map, params, phi);
      expect([r.dimension, r.lowerBound, r.upperBound, r.sourceDimension, r.source?.dimension]).toEqual([dim, dim, dim, sourceDim, sourceDim]);
      expect(r.status).toBe('ok');
      expect(r.floatRank).toBe(dim);
      expect(r.source?.status).toBe('ok');
      expect(r.failureProbability).toBeLessThan(1e-12);
      expect(r.singularValues).toHaveLength(Math.min(map.split(',').length, params.split(',').length));
      expect(r.method).toMatch(/chain rule/);
    });
  }

  it('is reproducible from the seed and reports it', () => {
    const a = restricted('a,b,c', 'a*b, b*c, a*c', 't', 't, t^2, t^3', 11);
    const b = restricted('a,b,c', 'a*b, b*c, a*c', 't', 't, t^2, t^3', 11);
    expect(a).toEqual(b);
    expect([a.seed, a.source?.seed]).toEqual([11, 12]);
  });

  it('skips primes that divide a denominator (and refuses them when given explicitly)', () => {
    const r = restricted('a,b', 'a/2147483647, b', 't', 't, t^2');
    expect(r.ranks.map((x) => x.prime)).not.toContain(2147483647);
    expect(r.dimension).toBe(1);
    expect(() =>
      polynomialImageDimension(parsePolynomialMap(['a'], 'a/7').polynomials, { primes: [7] }),
    ).toThrow(/^polynomialImageDimension: primes\[0\] = 7 is out of range \(allowed: a prime dividing no denominator/);
  });
});

describe('polynomialImageDimension restricted: laws', () => {
  // small random polynomial maps as text: sums of up to 3 terms c*x^i*y^j
  const vars = ['a', 'b', 'c'];
  const params = ['s', 't'];
  const arbPoly = (names: string[]): fc.Arbitrary<string> =>
    fc
      .array(
        fc.tuple(fc.integer({ min: -3, max: 3 }), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: names.length, maxLength: names.length })),
        { minLength: 1, maxLength: 3 },
      )
      .map((terms) => terms.map(([c, e]) => [String(c), ...e.map((k, i) => `${names[i]}^${k}`)].join('*')).join(' + '));
  const arbMap = (names: string[], min: number, max: number): fc.Arbitrary<string[]> => fc.array(arbPoly(names), { minLength: min, maxLength: max });

  it('equals the unrestricted dimension of the expanded composite F∘φ, and is at most min(dim cl F, dim V)', () => {
    fc.assert(
      fc.property(arbMap(vars, 1, 3), arbMap(params, 3, 3), (F, phi) => {
        const f = parsePolynomialMap(vars, F.join(', ')).polynomials;
        const p = parsePolynomialMap(params, phi.join(', ')).polynomials;
        const r = polynomialImageDimension(f, { seed: 5, source: p });
        const composite = f.map((q) => polySubstitute(q, p));
        const whole = polynomialImageDimension(composite, { seed: 9 });
        expect(r.dimension, `${F} on ${phi}: composite ${composite.map((q) => polyToString(q)).join(', ')}`).toBe(whole.dimension);
        expect(r.dimension).toBeLessThanOrEqual(Math.min(polynomialImageDimension(f, { seed: 3 }).dimension, r.sourceDimension ?? -1));
        expect(r.status).not.toBe('disagree');
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('restricting to the identity parametrization changes nothing', () => {
    fc.assert(
      fc.property(arbMap(vars, 1, 4), (F) => {
        const f = parsePolynomialMap(vars, F.join(', ')).polynomials;
        const id = parsePolynomialMap(['x', 'y', 'z'], 'x, y, z').polynomials;
        const r = polynomialImageDimension(f, { seed: 2, source: id });
        expect([r.dimension, r.sourceDimension]).toEqual([polynomialImageDimension(f, { seed: 4 }).dimension, 3]);
      }),
      { seed: 43, numRuns: 40 },
    );
  });
});

describe('polynomialImageDimension restricted: misuse', () => {
  const f = parsePolynomialMap(['a', 'b'], 'a*b, a + b').polynomials;
  it('refuses a parametrization with the wrong number of polynomials', () => {
    const phi = parsePolynomialMap(['t'], 't, t^2, t^3').polynomials;
    expect(() => polynomialImageDimension(f, { source: phi })).toThrow(/^polynomialImageDimension: source\.length = 3 is out of range \(allowed: 2 polynomials \(one per variable a, b\)\)/);
  });
  it('refuses parametrizations in different rings', () => {
    const p1 = parsePolynomialMap(['t'], 't').polynomials[0];
    const p2 = parsePolynomialMap(['u'], 'u').polynomials[0];
    expect(() => polynomialImageDimension(f, { source: [p1, p2] })).toThrow(/^polynomialImageDimension: source\[1\]\.ring/);
  });
});
