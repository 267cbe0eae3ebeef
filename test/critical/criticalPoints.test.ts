import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matIdentity, matMul, matEq, matTranspose } from '../../src/algebra/matrix';
import { ratToString } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { criticalPoints } from '../../src/critical/criticalPoints';
import { defaultLandscapeData, rationalRotation } from '../../src/critical/landscapeData';
import { rationalEigenbasis } from '../../src/critical/rationalEigenbasis';
import { regressionData } from '../../src/critical/regressionData';

describe('defaultLandscapeData', () => {
  it('X = I and Σ = Y Yᵀ has the distinct rational eigenvalues m², …, 1 (plus zeros) with rational eigenvectors', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 5 }), (w) => {
      const { X, Y } = defaultLandscapeData(w);
      expect(matEq(QQ, X, matIdentity(QQ, w[0]))).toBe(true);
      const eig = rationalEigenbasis(regressionData(X, Y).sigma);
      const m = Math.min(w[0], w[w.length - 1]);
      expect(eig?.map((e) => ratToString(e.value))).toEqual([
        ...Array.from({ length: m }, (_, i) => String((m - i) ** 2)), ...new Array(w[w.length - 1] - m).fill('0'),
      ]);
    }), { seed: 7019, numRuns: 30 });
  });

  it('the rotation is rational orthogonal', () => {
    const U = rationalRotation(4);
    expect(matEq(QQ, matMul(QQ, U, matTranspose(U)), matIdentity(QQ, 4))).toBe(true);
  });
});

describe('criticalPoints', () => {
  it('widths (2,1,2): the zero point and the two rank-1 points, values 5, 1, 4', () => {
    const cp = criticalPoints([2, 1, 2]);
    expect(ratToString(cp.globalMinimum)).toBe('1');
    expect(cp.classes.map((c) => [c.indexSet, c.ranks, ratToString(c.value), c.kind, c.inertia])).toEqual([
      [[], [0, 0, 0], '5', 'strict-saddle', [2, 2, 0]],
      [[1], [1, 1, 1], '1', 'global-minimum', [3, 0, 1]],
      [[2], [1, 1, 1], '4', 'strict-saddle', [2, 1, 1]],
    ]);
  });

  it('widths (1,1,1,1): W = 0 is non-strict (Hessian 0, descent of order 3); every value is exact', () => {
    const cp = criticalPoints([1, 1, 1, 1]);
    const zero = cp.classes.find((c) => c.ranks.every((r) => r === 0));
    expect(zero).toMatchObject({ kind: 'non-strict-saddle', hessianVanishes: true, descentOrder: 3 });
    expect(cp.classes.filter((c) => c.kind === 'global-minimum').map((c) => ratToString(c.value))).toEqual(['0']);
  });

  it('refuses data whose Σ has an irrational eigenvalue', () => {
    const X = matIdentity(QQ, 2);
    const Y = [[QQ.one, QQ.one], [QQ.zero, QQ.one]];
    expect(() => criticalPoints([2, 2, 2], { X, Y })).toThrow(/^criticalPoints: data/);
  });
});
