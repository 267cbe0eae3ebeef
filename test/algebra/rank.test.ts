import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Field } from '../../src/algebra/field';
import { matFromStrings, matIdentity, matMul, matZeros } from '../../src/algebra/matrix';
import { DEFAULT_PRIMES, primeField } from '../../src/algebra/primeField';
import { rank } from '../../src/algebra/rank';
import { rational, type Rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';
import { ArgumentError } from '../../src/errors';
import { RR } from '../../src/numeric/floatField';
import { Rng } from '../../src/random';
import { arbFp, arbLowRank, arbMatrix, arbMatrixOfShape, arbRational, transpose } from '../support/arbitraries';

const DET2 = [['1', '1', '0'], ['0', '1', '1'], ['1', '0', '1']];

function hilbert(n: number): Rational[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => rational(1, i + j + 1)));
}

/** A copy of a field object: same arithmetic, but not recognised as primeField(p), so the generic path runs. */
function generic<T>(F: Field<T>): Field<T> {
  return { ...F };
}

describe('rank: known values', () => {
  it('the classic singular 3x3 matrix has rank 2 over QQ and F_p', () => {
    expect(rank(QQ, matFromStrings(QQ, [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']]))).toBe(2);
    const F = primeField(32003);
    expect(rank(F, matFromStrings(F, [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']]))).toBe(2);
  });

  it('depends on the characteristic: determinant 2 drops rank only mod 2', () => {
    expect(rank(QQ, matFromStrings(QQ, DET2))).toBe(3);
    expect(rank(primeField(2), matFromStrings(primeField(2), DET2))).toBe(2);
    expect(rank(primeField(3), matFromStrings(primeField(3), DET2))).toBe(3);
  });

  it('Hilbert matrices have full rank over QQ and mod 32003', () => {
    for (const n of [1, 4, 7]) {
      expect(rank(QQ, hilbert(n))).toBe(n);
      const F = primeField(32003);
      expect(rank(F, hilbert(n).map((row) => row.map((x) => F.fromRational(x))))).toBe(n);
    }
  });

  it('a Hilbert matrix with a repeated combination of rows loses nothing', () => {
    const H = hilbert(5);
    const extra = H[0].map((x, j) => QQ.add(QQ.mul(rational(3, 2), x), QQ.neg(H[4][j])));
    expect(rank(QQ, [...H, extra])).toBe(5);
    expect(rank(QQ, [...H.slice(0, 3), extra])).toBe(4);
  });

  it('zero, identity and empty matrices', () => {
    expect(rank(QQ, matZeros(QQ, 4, 5))).toBe(0);
    expect(rank(primeField(7), matZeros(primeField(7), 3, 3))).toBe(0);
    expect(rank(QQ, matIdentity(QQ, 6))).toBe(6);
    expect(rank(primeField(2147483647), matIdentity(primeField(2147483647), 6))).toBe(6);
    expect(rank(QQ, [], 5)).toBe(0);
    expect(rank(QQ, [])).toBe(0);
    expect(rank(QQ, [[], [], []])).toBe(0);
    expect(rank(primeField(5), [], 4)).toBe(0);
  });

  it('p = 2^31 − 1 sees the integer matrix [[1, 1], [1, 1 + p]] as rank 1', () => {
    const p = 2147483647;
    const F = primeField(p);
    expect(rank(F, [[1, 1], [1, F.fromInt(1 + p)]])).toBe(1);
    expect(rank(QQ, [[QQ.one, QQ.one], [QQ.one, QQ.fromInt(1 + p)]])).toBe(2);
  });

  it('finds a planted rank of 80 in a 120x120 product mod 2^31 − 1', () => {
    const F = primeField(2147483647);
    const rng = new Rng(2024);
    const U = Array.from({ length: 120 }, () => Array.from({ length: 80 }, () => rng.int(0, 2147483646)));
    const V = Array.from({ length: 80 }, () => Array.from({ length: 120 }, () => rng.int(0, 2147483646)));
    expect(rank(F, matMul(F, U, V))).toBe(80);
  });
});

describe('rank: misuse', () => {
  it('refuses ragged matrices and mismatched cols', () => {
    expect(() => rank(QQ, [[QQ.one], []])).toThrow(ArgumentError);
    expect(() => rank(primeField(5), [[1, 2]], 3)).toThrow(ArgumentError);
    expect(() => rank(QQ, 'nope' as unknown as Rational[][])).toThrow(ArgumentError);
  });
  it('refuses entries outside [0, p) on the prime-field path', () => {
    const F = primeField(5);
    expect(() => rank(F, [[5]])).toThrow(/ZZ\/5/);
    expect(() => rank(F, [[-1]])).toThrow(ArgumentError);
    expect(() => rank(F, [[1.5]])).toThrow(ArgumentError);
  });
  it('refuses floating point: use floatRank', () => {
    expect(() => rank(RR, [[1, 0], [0, 1]])).toThrow(/floatRank/);
  });
});

describe('rank: properties', () => {
  const primes = [2, 3, 32003, ...DEFAULT_PRIMES.slice(0, 2)];

  for (const p of primes) {
    const F = primeField(p);
    it(`fast F_${p} path agrees with generic elimination, rank(A) = rank(Aᵀ), rank ≤ inner size`, () => {
      fc.assert(
        fc.property(arbMatrix(arbFp(p), 9, 9), (s) => {
          const r = rank(F, s.A, s.cols);
          expect(rank(generic(F), s.A, s.cols)).toBe(r);
          expect(rank(F, transpose(s).A, s.rows)).toBe(r);
          expect(r).toBeLessThanOrEqual(Math.min(s.rows, s.cols));
        }),
        { seed: 200 + (p % 1000), numRuns: 150 },
      );
      fc.assert(
        fc.property(arbLowRank(F, arbFp(p), 8), (s) => {
          const r = rank(F, s.A, s.cols);
          expect(rank(generic(F), s.A, s.cols)).toBe(r);
          expect(rank(F, transpose(s).A, s.rows)).toBe(r);
          expect(r).toBeLessThanOrEqual(s.inner);
        }),
        { seed: 300 + (p % 1000), numRuns: 100 },
      );
    });

    it(`rank(AB) ≤ min(rank A, rank B) over F_${p}`, () => {
      const arbPair = fc
        .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))
        .chain(([m, k, n]) =>
          fc.tuple(fc.constant(n), arbMatrixOfShape(arbFp(p), m, k), arbMatrixOfShape(fc.constantFrom(0, 1, p - 1), k, n)),
        );
      fc.assert(
        fc.property(arbPair, ([n, A, B]) => {
          const k = B.length;
          const rAB = rank(F, matMul(F, A, B, n), n);
          expect(rAB).toBeLessThanOrEqual(Math.min(rank(F, A, k), rank(F, B, n)));
        }),
        { seed: 400 + (p % 1000), numRuns: 150 },
      );
    });
  }

  it('over QQ: rank(A) = rank(Aᵀ), rank(AB) ≤ min(rank A, rank B), products of thin matrices', () => {
    fc.assert(
      fc.property(arbMatrix(arbRational(), 5, 5), (s) => {
        expect(rank(QQ, transpose(s).A, s.rows)).toBe(rank(QQ, s.A, s.cols));
      }),
      { seed: 501, numRuns: 100 },
    );
    fc.assert(
      fc.property(arbLowRank(QQ, arbRational(6, 5), 5), (s) => {
        const r = rank(QQ, s.A, s.cols);
        expect(rank(QQ, transpose(s).A, s.rows)).toBe(r);
        expect(r).toBeLessThanOrEqual(s.inner);
      }),
      { seed: 502, numRuns: 60 },
    );
    const arbPair = fc
      .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }))
      .chain(([m, k, n]) => fc.tuple(fc.constant(n), arbMatrixOfShape(arbRational(), m, k), arbMatrixOfShape(arbRational(3, 3), k, n)));
    fc.assert(
      fc.property(arbPair, ([n, A, B]) => {
        const rAB = rank(QQ, matMul(QQ, A, B, n), n);
        expect(rAB).toBeLessThanOrEqual(Math.min(rank(QQ, A, B.length), rank(QQ, B, n)));
      }),
      { seed: 503, numRuns: 80 },
    );
  });

  it('generic products U·V of thin random matrices mod 2^31 − 1 have rank exactly the inner size', () => {
    const F = primeField(2147483647);
    const rng = new Rng(77);
    for (let trial = 0; trial < 30; trial++) {
      const m = rng.int(1, 12);
      const n = rng.int(1, 12);
      const k = rng.int(0, Math.min(m, n));
      const U = Array.from({ length: m }, () => Array.from({ length: k }, () => rng.int(0, 2147483646)));
      const V = Array.from({ length: k }, () => Array.from({ length: n }, () => rng.int(0, 2147483646)));
      expect(rank(F, matMul(F, U, V, n), n)).toBe(k);
    }
  });
});
