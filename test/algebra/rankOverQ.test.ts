import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matFromStrings, matMul, matZeros } from '../../src/algebra/matrix';
import { rank } from '../../src/algebra/rank';
import { rankOverQ } from '../../src/algebra/rankOverQ';
import { rational, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { ArgumentError } from '../../src/errors';
import { floatRank } from '../../src/numeric/floatRank';
import { Rng } from '../../src/random';
import { arbLowRank, arbMatrix, arbRational, deepFreeze } from '../support/arbitraries';

function hilbert(n: number): Rational[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => rational(1, i + j + 1)));
}

function randomRationals(rng: Rng, rows: number, cols: number, maxNum: number, maxDen: number): Rational[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => rational(rng.int(-maxNum, maxNum), rng.int(1, maxDen))));
}

describe('rankOverQ: known values', () => {
  it('the classic singular 3x3 matrix has rank 2', () => {
    expect(rankOverQ(matFromStrings(QQ, [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']]))).toBe(2);
  });

  it('Hilbert matrices up to 12 have full rank (condition number up to 1e16)', () => {
    for (let n = 1; n <= 12; n++) expect(rankOverQ(hilbert(n))).toBe(n);
  });

  it('Hilbert-like rank drops: duplicate and combined rows', () => {
    const H = hilbert(6);
    const comb = H[1].map((x, j) => QQ.sub(QQ.mul(rational(-7, 3), x), QQ.mul(rational(5, 11), H[4][j])));
    expect(rankOverQ([...H.slice(0, 5), comb])).toBe(5);
    expect(rankOverQ([H[0], H[2], H[0]])).toBe(2);
  });

  it('the TSDoc example: third row is twice the second', () => {
    expect(rankOverQ(matFromStrings(QQ, [['1', '1/2', '1/3'], ['1/2', '1/3', '1/4'], ['1', '2/3', '1/2']]))).toBe(2);
  });

  it('sees a perturbation of 10^-30 that floating point cannot', () => {
    const eps = rational(1n, 10n ** 30n);
    const A = [[QQ.one, QQ.one], [QQ.one, QQ.add(QQ.one, eps)]];
    expect(rankOverQ(A)).toBe(2);
    const asFloat = floatRank([[1, 1], [1, 1 + 1e-30]]);
    expect(asFloat.rank).toBe(1); // 1 + 1e-30 === 1 in double precision
  });

  it('handles huge entries exactly', () => {
    const big = rational(2n ** 200n + 1n, 3n ** 50n);
    const A = [[big, QQ.one], [QQ.mul(big, big), big]];
    expect(rankOverQ(A)).toBe(1); // row 2 = big · row 1
    const B = [[big, QQ.one], [QQ.add(QQ.mul(big, big), rational(1n, 2n ** 300n)), big]];
    expect(rankOverQ(B)).toBe(2);
  });

  it('zero and empty matrices', () => {
    expect(rankOverQ(matZeros(QQ, 3, 4))).toBe(0);
    expect(rankOverQ([])).toBe(0);
    expect(rankOverQ([[], []])).toBe(0);
  });

  it('refuses ragged matrices', () => {
    expect(() => rankOverQ([[QQ.one], []])).toThrow(ArgumentError);
  });

  it('finds a planted rank of 20 in a 30x40 product with fractional entries', () => {
    const rng = new Rng(31);
    const U = randomRationals(rng, 30, 20, 9, 7);
    const V = randomRationals(rng, 20, 40, 9, 7);
    const A = matMul(QQ, U, V);
    expect(rankOverQ(A)).toBe(20);
  });
});

describe('rankOverQ: agrees with rank(QQ, ·)', () => {
  it('on random rational matrices', () => {
    fc.assert(
      fc.property(arbMatrix(arbRational(), 6, 6), (s) => {
        expect(rankOverQ(deepFreeze(s.A))).toBe(rank(QQ, s.A, s.cols));
      }),
      { seed: 801, numRuns: 120 },
    );
  });

  it('on rank-deficient products of thin matrices', () => {
    fc.assert(
      fc.property(arbLowRank(QQ, arbRational(6, 6), 6), (s) => {
        const r = rankOverQ(s.A);
        expect(r).toBe(rank(QQ, s.A, s.cols));
        expect(r).toBeLessThanOrEqual(s.inner);
      }),
      { seed: 802, numRuns: 80 },
    );
  });

  it('on matrices with large entries (many pivots, Bareiss divisions)', () => {
    const arbBig = fc
      .tuple(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), fc.bigInt({ min: 1n, max: 2n ** 40n }))
      .map(([a, b]) => rational(a, b));
    fc.assert(
      fc.property(arbLowRank(QQ, arbBig, 5), (s) => {
        expect(rankOverQ(s.A)).toBe(rank(QQ, s.A, s.cols));
      }),
      { seed: 803, numRuns: 40 },
    );
  });
});
