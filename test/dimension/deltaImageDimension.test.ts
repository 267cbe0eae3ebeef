import { describe, expect, it } from 'vitest';
import { architecture, uniformArchitecture } from '../../src/model/architecture';
import { deltaImageDimension } from '../../src/dimension/deltaImageDimension';
import { intervalDecomposition } from '../../src/quiver/intervalDecomposition';

describe('deltaImageDimension', () => {
  it('pins the generic ranks of MATH §2, exact and float agreeing with a clear gap', () => {
    const cases: [number[], number][] = [[[2, 2, 2], 3], [[2, 3, 2], 6], [[1, 3, 1], 5], [[2, 3, 3, 2], 12], [[3, 4, 5, 2], 25]];
    for (const [widths, dim] of cases) {
      const r = deltaImageDimension(architecture(widths), { seed: 3 });
      expect([widths, r.status, r.exact.rank, r.float.rank]).toEqual([widths, 'ok', dim, dim]);
      if (r.float.status === 'ok') expect(r.float.gapRatio).toBeGreaterThan(1e6);
    }
  });

  it('on an orbit: W = 0 gives image dimension 0 and the depth-16 counterexample orbit gives 45', () => {
    const zero = intervalDecomposition(3, [[0, 0], [1, 1], [2, 2], [3, 3]]);
    expect(deltaImageDimension(architecture([1, 1, 1, 1]), { orbit: zero }).exact.rank).toBe(0);
    const orbit = intervalDecomposition(16, [[0, 1], [0, 3], [2, 7], [4, 5], [6, 11], [8, 9], [10, 15], [12, 15], [16, 16], [16, 16]]);
    const r = deltaImageDimension(uniformArchitecture(16, 2), { orbit, seed: 2 });
    expect([r.where, r.exact.rank, r.upperBound]).toEqual(['orbit', 45, 45]);
    expect(r.status).not.toBe('disagree');
  });

  it('reports a disagreement instead of hiding it (forced by an absurd tolerance)', () => {
    const r = deltaImageDimension(architecture([2, 3, 2]), { seed: 1, tolerances: { rankRelative: 0.05, minGapRatio: 1 } });
    expect(r.status).toBe('disagree');
    expect(r.message).toMatch(/contradicts the exact rank 6/);
  });

  it('refuses an orbit of the wrong dimension vector', () => {
    expect(() => deltaImageDimension(architecture([1, 1, 1]), { orbit: intervalDecomposition(2, [[0, 2], [0, 2]]) })).toThrow(/^deltaImageDimension: orbit/);
  });

  it('is reproducible and reports its seed and prime', () => {
    const a = deltaImageDimension(architecture([2, 3, 2]), { seed: 9 });
    const b = deltaImageDimension(architecture([2, 3, 2]), { seed: 9 });
    expect(a.exact.point).toEqual(b.exact.point);
    expect([a.exact.seed, a.exact.prime]).toEqual([9, 2147483647]);
  });
});
