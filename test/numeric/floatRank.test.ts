import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matMul } from '../../src/algebra/matrix';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { rational, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { ArgumentError } from '../../src/errors';
import { floatRank, type FloatRankResult } from '../../src/numeric/floatRank';
import { TOLERANCES } from '../../src/numeric/tolerance';
import { arbMatrixOfShape, deepFreeze } from '../support/arbitraries';

const toQ = (A: number[][]): Rational[][] => A.map((row) => row.map((x) => rational(x)));
const transpose = (A: number[][], cols: number): number[][] => Array.from({ length: cols }, (_, j) => A.map((row) => row[j]));
const diag = (...d: number[]): number[][] => d.map((x, i) => d.map((_, j) => (i === j ? x : 0)));

function expectComputed(r: FloatRankResult): asserts r is Extract<FloatRankResult, { rank: number }> {
  expect(r.status).not.toBe('not-finite');
}

describe('floatRank: known values', () => {
  it('the classic singular 3x3 matrix has rank 2 with a clear gap', () => {
    const r = floatRank([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    expectComputed(r);
    expect(r.status).toBe('ok');
    expect(r.rank).toBe(2);
    expect(r.gapRatio).toBeGreaterThan(1e12);
    expect(r.singularValues).toHaveLength(3);
    expect(r.threshold).toBeCloseTo(TOLERANCES.rankRelative * r.singularValues[0] * 3, 25);
  });

  it('singular values of [[3, 0], [4, 5]] are 3√5 and √5, descending', () => {
    const r = floatRank([[3, 0], [4, 5]]);
    expectComputed(r);
    expect(r.singularValues[0]).toBeCloseTo(3 * Math.sqrt(5), 13);
    expect(r.singularValues[1]).toBeCloseTo(Math.sqrt(5), 13);
    expect(r.rank).toBe(2);
    // full rank: the gap is measured against the tolerance, σ_2 / threshold
    expect(r.gapRatio / (Math.sqrt(5) / r.threshold)).toBeCloseTo(1, 9);
    expect(r.status).toBe('ok');
  });

  it('reports an ambiguous rank as no-gap: σ = (1, 1e-15, 1e-17)', () => {
    const r = floatRank(diag(1, 1e-15, 1e-17));
    expectComputed(r);
    expect(r.rank).toBe(2); // 1e-15 > 3ε ≈ 6.7e-16
    expect(r.gapRatio).toBeCloseTo(100, 6);
    expect(r.status).toBe('no-gap');
  });

  it('Hilbert matrices: the float rank never contradicts the exact rank with status ok', () => {
    for (let n = 2; n <= 14; n++) {
      const H = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => 1 / (i + j + 1)));
      const exact = rankOverQ(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => rational(1, i + j + 1))));
      expect(exact).toBe(n);
      const r = floatRank(H);
      expectComputed(r);
      if (r.rank !== exact) expect(r.status, `Hilbert ${n}`).toBe('no-gap');
    }
    // pinned: Hilbert(10) gets the right rank 10, but σ_min is only ~28x the
    // threshold, so it is honestly flagged; Hilbert(6) is well resolved
    expect(floatRank(Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => 1 / (i + j + 1))))).toMatchObject({ status: 'no-gap', rank: 10 });
    expect(floatRank(Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => 1 / (i + j + 1))))).toMatchObject({ status: 'ok', rank: 6 });
    expect(floatRank(Array.from({ length: 12 }, (_, i) => Array.from({ length: 12 }, (_, j) => 1 / (i + j + 1)))).status).toBe('no-gap');
  });

  it('zero matrices, including empty shapes', () => {
    expect(floatRank([[0, 0, 0], [0, 0, 0]])).toMatchObject({ status: 'zero-matrix', rank: 0, singularValues: [0, 0], gapRatio: Infinity, threshold: 0 });
    expect(floatRank([[-0]])).toMatchObject({ status: 'zero-matrix', rank: 0 });
    expect(floatRank([])).toMatchObject({ status: 'zero-matrix', rank: 0, singularValues: [] });
    expect(floatRank([[], []])).toMatchObject({ status: 'zero-matrix', rank: 0, singularValues: [] });
  });

  it('NaN and infinities give status not-finite, not an exception', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) {
      expect(floatRank([[1, 2], [3, bad]])).toMatchObject({ status: 'not-finite', rank: null, gapRatio: null, threshold: null });
    }
  });

  it('is invariant under huge and tiny scalings (exact power-of-two prescaling)', () => {
    const A = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [1, 0, 1]];
    const base = floatRank(A);
    expectComputed(base);
    for (const c of [2 ** 900, 2 ** -1000, 1e300, 1e-300]) {
      const r = floatRank(A.map((row) => row.map((x) => x * c)));
      expectComputed(r);
      expect(r.rank).toBe(base.rank);
      expect(r.status).toBe(base.status);
      expect(r.singularValues[0] / c).toBeCloseTo(base.singularValues[0], 10);
    }
    const r = floatRank([[1e308, 1e308], [1e308, -1e308]]);
    expect(r).toMatchObject({ status: 'ok', rank: 2 });
  });

  it('a nonzero matrix pushed to rank 0 by a huge rankRelative is flagged no-gap', () => {
    expect(floatRank([[1]], { tolerances: { rankRelative: 2 } })).toMatchObject({ status: 'no-gap', rank: 0, gapRatio: 0 });
  });

  it('honours tolerance overrides and reports the tolerances used', () => {
    const A = diag(1, 1e-12);
    // rank 2 by the default tolerance, but 1e-12 is only ~2000x above it: flagged
    expect(floatRank(A)).toMatchObject({ status: 'no-gap', rank: 2, tolerances: TOLERANCES });
    const loose = floatRank(A, { tolerances: { rankRelative: 1e-10 } });
    expect(loose).toMatchObject({ status: 'ok', rank: 1, tolerances: { rankRelative: 1e-10, minGapRatio: 1e6 } });
    expectComputed(loose);
    expect(loose.gapRatio).toBeCloseTo(1e12, -3);
    expect(floatRank(A, { tolerances: { rankRelative: 1e-10, minGapRatio: 1e13 } }).status).toBe('no-gap');
  });

  it('does not modify its input and accepts readonly rows', () => {
    const A = deepFreeze([[1, 2], [3, 4], [5, 6]]);
    expect(floatRank(A)).toMatchObject({ status: 'ok', rank: 2 });
  });
});

describe('floatRank: misuse', () => {
  it('throws ArgumentError for non-arrays, ragged rows, non-numbers and bad tolerances', () => {
    expect(() => floatRank('A' as unknown as number[][])).toThrow(ArgumentError);
    expect(() => floatRank([[1, 2], [3]])).toThrow(/floatRank: A\[1\]\.length = 1/);
    expect(() => floatRank([[1, 2], 3 as unknown as number[]])).toThrow(ArgumentError);
    expect(() => floatRank([[1, '2' as unknown as number]])).toThrow(ArgumentError);
    expect(() => floatRank([[1]], { tolerances: { minGapRatio: 0 } })).toThrow(ArgumentError);
    expect(() => floatRank([[1]], null as unknown as object)).toThrow(ArgumentError);
  });
});

describe('floatRank agrees with exact rank', () => {
  const shape = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }));

  it('on random small-integer matrices (status ok)', () => {
    fc.assert(
      fc.property(
        shape.chain(([m, n]) => arbMatrixOfShape(fc.integer({ min: -9, max: 9 }), m, n)),
        (A) => {
          const r = floatRank(A);
          expectComputed(r);
          expect(r.rank).toBe(rankOverQ(toQ(A)));
          expect(r.status === 'ok' || r.status === 'zero-matrix').toBe(true);
        },
      ),
      { seed: 1001, numRuns: 300 },
    );
  });

  it('on low-rank products U·V with small integer entries, with a big gap', () => {
    const arb = fc
      .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 10 }))
      .chain(([m, k, n]) => fc.tuple(arbMatrixOfShape(fc.integer({ min: -3, max: 3 }), m, k), arbMatrixOfShape(fc.integer({ min: -3, max: 3 }), k, n)));
    let deficient = 0;
    fc.assert(
      fc.property(arb, ([U, V]) => {
        const A = matMul(QQ, toQ(U), toQ(V)).map((row) => row.map((x) => Number(x.num)));
        const exact = rankOverQ(toQ(A));
        const r = floatRank(A);
        expectComputed(r);
        expect(r.rank).toBe(exact);
        if (r.status === 'zero-matrix') return;
        expect(r.status).toBe('ok');
        expect(r.gapRatio).toBeGreaterThan(1e10);
        if (exact < Math.min(A.length, A[0].length)) deficient++;
      }),
      { seed: 1002, numRuns: 300 },
    );
    expect(deficient).toBeGreaterThan(100); // the gap assertion was really exercised
  });

  it('wide and tall orientations give the same singular values', () => {
    fc.assert(
      fc.property(
        shape.chain(([m, n]) => arbMatrixOfShape(fc.double({ min: -10, max: 10, noNaN: true }), m, n)),
        (A) => {
          const a = floatRank(A);
          const b = floatRank(transpose(A, A[0].length));
          expectComputed(a);
          expectComputed(b);
          expect(b.singularValues).toHaveLength(a.singularValues.length);
          const scale = a.singularValues[0] || 1;
          a.singularValues.forEach((s, i) => expect(Math.abs(s - b.singularValues[i])).toBeLessThanOrEqual(1e-12 * scale));
        },
      ),
      { seed: 1003, numRuns: 150 },
    );
  });
});
