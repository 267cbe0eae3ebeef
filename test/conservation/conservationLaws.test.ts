import { describe, expect, it } from 'vitest';
import { polyIsZero } from '../../src/algebra/polynomial';
import { primeField } from '../../src/algebra/primeField';
import { QQ } from '../../src/algebra/rationalField';
import { conservationLaws } from '../../src/conservation/conservationLaws';
import { gradientFieldTerms } from '../../src/conservation/conservationMemory';
import { sweepProfiles } from '../../src/conservation/conservationSweep';
import { lieTraceDimension } from '../../src/conservation/lieTraceDimension';
import { polynomialLaws } from '../../src/conservation/polynomialLaws';
import { productGradientFields } from '../../src/conservation/productGradientFields';
import { derivativeAlong, fieldTerms } from '../../src/conservation/vectorField';
import { architecture, parameterCount } from '../../src/model/architecture';
import { symbolicDeltaCoordinates, symbolicNetwork } from '../../src/model/symbolicNetwork';

describe('conservationLaws', () => {
  it('pins MATH §2: delta gives 3, 6, 5, 12, 25 laws and they are all of them (exact)', () => {
    const cases: [number[], number][] = [[[2, 2, 2], 3], [[2, 3, 2], 6], [[1, 3, 1], 5], [[2, 3, 3, 2], 12], [[3, 4, 5, 2], 25]];
    for (const [widths, n] of cases) {
      const r = conservationLaws(architecture(widths), { seed: 1 });
      expect([r.laws, r.deltaLaws, r.complete, r.lawsStatus, r.failureProbability], widths.join(',')).toEqual([n, n, true, 'exact', 0]);
      expect(r.lawsLowerBound).toBe(r.lawsUpperBound);
    }
  });

  it('scalar input and output at depth 3: one field, D - 1 laws exactly, more than delta gives, none polynomial of degree <= 3 beyond delta', () => {
    const r = conservationLaws(architecture([1, 2, 2, 1]), { seed: 1, maxDegree: 3 });
    expect([r.parameters, r.laws, r.lawsStatus, r.deltaLaws, r.complete]).toEqual([8, 7, 'exact', 6, false]);
    expect(r.lie).toMatchObject({ lowerBound: 1, stop: 'closed', failureProbability: 0 });
    expect(r.polynomialLaws?.byDegree.map((b) => b.dimension)).toEqual([0, 6, 0]);
    expect(r.polynomialLaws?.independent).toBe(6);
  });

  it('gives the same counts for another seed and prime, and for the reversed profile', () => {
    const a = conservationLaws(architecture([2, 3, 1, 2]), { seed: 7, prime: 1000003 });
    const b = conservationLaws(architecture([2, 1, 3, 2]), { seed: 3 });
    expect([a.laws, a.deltaLaws, a.complete]).toEqual([b.laws, b.deltaLaws, b.complete]);
  });

  it('says undetermined (never a false count) when the bracket budget is too small', () => {
    const r = conservationLaws(architecture([2, 3, 3, 2]), { seed: 1, maxBrackets: 1, maxDegree: 0 });
    expect([r.laws, r.lawsStatus, r.complete]).toEqual([null, 'undetermined', 'undetermined']);
    expect(r.lawsLowerBound).toBeLessThan(r.lawsUpperBound);
    expect(r.method).toMatch(/bracket limit 1 reached/);
  });
});

describe('lieTraceDimension', () => {
  it('closes the frame without a target and states a Monte-Carlo failure probability (widths 2,2,2: dim Lie 5)', () => {
    const p = 2147483647;
    const r = lieTraceDimension(productGradientFields(primeField(p), architecture([2, 2, 2])), { prime: p, seed: 1 });
    expect(r.lowerBound).toBe(5);
    expect(r.stop).toBe('closed');
    expect(r.failureProbability).toBeGreaterThan(0);
    expect(r.failureProbability).toBeLessThanOrEqual((6 * r.maxDegree) / p);
  });
});

describe('productGradientFields and polynomialLaws', () => {
  it('the gradient fields have the predicted term count, and every coordinate of delta is a law of each', () => {
    for (const widths of [[2, 3, 2], [1, 2, 3, 2], [2, 2, 2, 2, 1]]) {
      const arch = architecture(widths);
      const V = productGradientFields(QQ, arch);
      expect(V.reduce((s, X) => s + fieldTerms(X), 0)).toBe(gradientFieldTerms(arch));
      for (const X of V) for (const h of symbolicDeltaCoordinates(symbolicNetwork(QQ, arch))) expect(polyIsZero(derivativeAlong(X, h))).toBe(true);
    }
  });

  it('finds exactly delta in degree 2 and checks each law it returns', () => {
    const arch = architecture([2, 2, 2]);
    const r = polynomialLaws(arch, { maxDegree: 2, prime: 2147483647, seed: 1 });
    expect(r.byDegree.map((b) => b.dimension)).toEqual([0, 3]);
    expect(r.independent).toBe(3);
    for (const X of productGradientFields(QQ, arch)) for (const h of r.laws) expect(polyIsZero(derivativeAlong(X, h))).toBe(true);
    expect(parameterCount(arch)).toBe(8);
  });
});

describe('sweepProfiles', () => {
  it('keeps one of each reversed pair: (4^3 + 4^2)/2 = 40 profiles at depth 2 with d_i <= 4', () => {
    const ps = sweepProfiles(4, 2);
    expect(ps.length).toBe(40);
    expect(ps.some((w) => w.join(',') === '1,2,3')).toBe(true);
    expect(ps.some((w) => w.join(',') === '3,2,1')).toBe(false);
  });
});
