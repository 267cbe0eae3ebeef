/**
 * certifyImageDimension: proved relations + exact gradient rank give an exact
 * image dimension (twisted cubic, Veronese, restricted to a source variety),
 * and a map whose only relation has degree above the bound is not exact,
 * with the reason.
 */
import { describe, expect, it } from 'vitest';
import { certifyImageDimension } from '../../src/certify/certifyImageDimension';
import { parsePolynomialMap } from '../../src/symbolic/parsePolynomialMap';

const polys = (vars: string, map: string) => parsePolynomialMap(vars.split(','), map).polynomials;

describe('certifyImageDimension', () => {
  it('twisted cubic t -> (t, t^2, t^3): two proved quadrics, dimension 1 exact, h = 1, 4, 7', () => {
    const c = certifyImageDimension(polys('t', 't, t^2, t^3'));
    expect([c.exact, c.dimension, c.lowerBound, c.upperBound, c.relations.length]).toEqual([true, 1, 1, 1, 2]);
    expect(c.hilbert).toEqual([1, 4, 7]); // affine Hilbert function of a degree-3 curve: 3d + 1
    expect(c.relations.map((r) => r.polynomial)).toEqual(['y0^2 - y1', 'y0*y1 - y2']);
    expect(c.reason).toBe('');
  });
  it('Veronese cubic (a^3, a^2 b, a b^2, b^3): the cone over the twisted cubic, 2 of its 3 quadrics suffice, dimension 2', () => {
    const c = certifyImageDimension(polys('a,b', 'a^3, a^2*b, a*b^2, b^3'));
    expect([c.exact, c.dimension, c.relations.length, c.degreeSearched]).toEqual([true, 2, 2, 2]);
    expect(c.hilbert).toEqual([1, 5, 12]);
    expect(c.relations[0].terms.every(([e, q]) => e.length === 4 && /^-?\d+(\/\d+)?$/.test(q))).toBe(true);
  });
  it('full-dimensional image: no relation needed, exact at degree 0', () => {
    const c = certifyImageDimension(polys('a,b,c', 'a*b, b*c, a*c'));
    expect([c.exact, c.dimension, c.relations.length, c.degreeSearched]).toEqual([true, 3, 0, 0]);
  });
  it('restricted: (a c - b^2, a + c) on the Veronese cone (s^2, s t, t^2) is a line, proved by F o map o phi == 0', () => {
    const c = certifyImageDimension(polys('a,b,c', 'a*c - b^2, a + c'), { source: polys('s,t', 's^2, s*t, t^2') });
    expect([c.exact, c.dimension, c.relations.map((r) => r.polynomial)]).toEqual([true, 1, ['y0']]);
  });
  it('t -> (t^2, t^5): the only relation y0^5 = y1^2 has degree 5 > 3: not exact, degree limit; exact with --degree 5', () => {
    const c = certifyImageDimension(polys('t', 't^2, t^5'));
    expect([c.exact, c.dimension, c.lowerBound, c.upperBound]).toEqual([false, null, 1, 2]);
    expect(c.reason).toMatch(/^degree limit 3: 0 relations .* 1 needed/);
    const c5 = certifyImageDimension(polys('t', 't^2, t^5'), { degree: 5 });
    expect([c5.exact, c5.dimension, c5.relations.map((r) => r.polynomial)]).toEqual([true, 1, ['y0^5 - y1^2']]);
  });
  it('monomial cap: stops with the reason', () => {
    const c = certifyImageDimension(polys('t', 't, t^2, t^3'), { maxMonomials: 5 });
    expect(c.exact).toBe(false);
    expect(c.reason).toBe('degree 2 needs 10 monomials in 3 coordinates > the cap 5');
  });
  it('work budget: a proof that needs more term products than allowed stops with the budget as the reason, never a time', () => {
    const c = certifyImageDimension(polys('t', 't, t^2, t^3'), { maxTermProducts: 1 });
    expect([c.exact, c.relations.length]).toEqual([false, 0]);
    expect(c.reason).toBe('work budget of 1 term products exceeded at degree 2');
    expect(certifyImageDimension(polys('t', 't, t^2, t^3'), { maxTermProducts: 1 }).reason).toBe(c.reason);
  });
});
