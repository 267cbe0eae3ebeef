import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { congruenceDiagonal } from '../../src/algebra/congruenceDiagonal';
import { matFromStrings, matMul, matTranspose } from '../../src/algebra/matrix';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { rational, ratEq, RAT_ZERO, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';

const symmetric = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n * n, maxLength: n * n }).map((v) => {
    const H: Rational[][] = Array.from({ length: n }, () => new Array<Rational>(n).fill(RAT_ZERO));
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) H[i][j] = H[j][i] = rational(i === j && v[i * n + j] % 2 !== 0 ? 0 : v[i * n + j]);
    return H;
  }));

describe('congruenceDiagonal', () => {
  it('C H Cᵀ is diagonal, C is invertible, and n₊ + n₋ = rank H (Sylvester)', () => {
    fc.assert(fc.property(symmetric, (H) => {
      const { C, diagonal, inertia } = congruenceDiagonal(H);
      const D = matMul(QQ, matMul(QQ, C, H), matTranspose(C));
      expect(D.every((row, i) => row.every((x, j) => ratEq(x, i === j ? diagonal[i] : RAT_ZERO)))).toBe(true);
      expect(rankOverQ(C)).toBe(H.length);
      expect(inertia[0] + inertia[1]).toBe(rankOverQ(H));
      expect(inertia[0] + inertia[1] + inertia[2]).toBe(H.length);
    }), { seed: 7005, numRuns: 100 });
  });

  it('handles a zero diagonal with a 2×2 pivot', () => {
    expect(congruenceDiagonal(matFromStrings(QQ, [['0', '1', '0'], ['1', '0', '0'], ['0', '0', '0']])).inertia).toEqual([1, 1, 1]);
    expect(congruenceDiagonal(matFromStrings(QQ, [['2', '1'], ['1', '2']])).inertia).toEqual([2, 0, 0]);
    expect(congruenceDiagonal(matFromStrings(QQ, [['1', '2'], ['2', '1']])).inertia).toEqual([1, 1, 0]);
  });
});
