import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandedMatrix, bandedToDense, type BandedMatrix } from '../../src/algebra/bandedMatrix';
import { bandedRankModP } from '../../src/algebra/bandedRankModP';
import { primeField } from '../../src/algebra/primeField';
import { rank } from '../../src/algebra/rank';
import { matTranspose } from '../../src/algebra/matrix';

/** Random banded matrices: each row a random contiguous support, entries small so that rank deficiency is common. */
const banded = (primes: number[]) =>
  fc
    .record({
      prime: fc.constantFrom(...primes),
      cols: fc.integer({ min: 1, max: 14 }),
      rows: fc.array(fc.record({ s: fc.nat(), len: fc.nat({ max: 6 }), vals: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 6, maxLength: 6 }) }), { maxLength: 16 }),
    })
    .map(({ prime, cols, rows }) =>
      bandedMatrix(
        prime,
        cols,
        rows.map(({ s, len, vals }) => {
          const start = s % cols;
          const l = Math.min(len, cols - start);
          return { start, values: vals.slice(0, l).map((x) => ((x % prime) + prime) % prime) };
        }),
      ),
    );

/** Block-banded products A = B·C with a narrow inner dimension: rank-deficient by construction. */
const lowRankBlockBanded = fc
  .record({ blocks: fc.integer({ min: 2, max: 6 }), h: fc.integer({ min: 1, max: 4 }), w: fc.integer({ min: 1, max: 4 }), seed: fc.nat() })
  .map(({ blocks, h, w, seed }) => {
    const p = 2147483647;
    let s = seed + 1;
    const rnd = (): number => {
      s = (s * 48271) % 2147483647;
      return s % 5 === 0 ? 0 : s;
    };
    // row block i on column blocks i, i+1, with every row in the span of two fixed rows per block
    const rows: { start: number; values: number[] }[] = [];
    for (let i = 0; i < blocks - 1; i++) {
      const u = Array.from({ length: 2 * w }, rnd);
      const v = Array.from({ length: 2 * w }, rnd);
      for (let k = 0; k < h; k++) {
        const a = rnd() % 7;
        const b = rnd() % 7;
        rows.push({ start: i * w, values: u.map((x, j) => Number((BigInt(a) * BigInt(x) + BigInt(b) * BigInt(v[j])) % BigInt(p))) });
      }
    }
    return bandedMatrix(p, blocks * w, rows);
  });

const denseRank = (B: BandedMatrix): number => rank(primeField(B.prime), bandedToDense(B), B.cols);

describe('bandedRankModP', () => {
  it('equals the dense rank on random banded matrices (small and large primes)', () => {
    fc.assert(fc.property(banded([2, 3, 5, 7, 67108859, 2147483647]), (B) => bandedRankModP(B) === denseRank(B)), { seed: 7001, numRuns: 400 });
  });

  it('equals the dense rank on rank-deficient block-banded matrices', () => {
    fc.assert(
      fc.property(lowRankBlockBanded, (B) => {
        const r = bandedRankModP(B);
        return r === denseRank(B) && r <= 2 * Math.max(1, B.rows);
      }),
      { seed: 7002, numRuns: 200 },
    );
  });

  it('rank(A) = rank(Aᵀ) (the transpose re-banded row by row)', () => {
    fc.assert(
      fc.property(banded([3, 2147483647]), (B) => {
        const T = matTranspose(bandedToDense(B), B.cols);
        const Bt = bandedMatrix(B.prime, B.rows, T.map((row) => ({ start: 0, values: row })));
        return bandedRankModP(Bt) === bandedRankModP(B);
      }),
      { seed: 7003, numRuns: 200 },
    );
  });

  it('pins small cases: zero matrix, identity, and a dependent row', () => {
    expect(bandedRankModP(bandedMatrix(7, 3, []))).toBe(0);
    expect(bandedRankModP(bandedMatrix(7, 3, [{ start: 0, values: [0, 0, 0] }]))).toBe(0);
    expect(bandedRankModP(bandedMatrix(7, 3, [0, 1, 2].map((i) => ({ start: i, values: [1] }))))).toBe(3);
    expect(bandedRankModP(bandedMatrix(7, 2, [{ start: 0, values: [1, 2] }, { start: 0, values: [3, 6] }]))).toBe(1);
  });

  it('does not modify its input', () => {
    const B = bandedMatrix(7, 2, [{ start: 0, values: [1, 2] }, { start: 0, values: [3, 6] }]);
    bandedRankModP(B);
    expect(bandedToDense(B)).toEqual([[1, 2], [3, 6]]);
  });

  it('bandedMatrix refuses non-primes, rows outside the columns and non-residues, naming the argument', () => {
    expect(() => bandedMatrix(8, 2, [])).toThrow(/^bandedMatrix: prime = 8/);
    expect(() => bandedMatrix(7, 2, [{ start: 1, values: [1, 1] }])).toThrow(/^bandedMatrix: rows\[0\]/);
    expect(() => bandedMatrix(7, 2, [{ start: 0, values: [7] }])).toThrow(/^bandedMatrix: rows\[0\]\.values\[0\] = 7/);
  });
});

describe('bandedRankModP { overwrite: true }', () => {
  it('gives the same rank as the copying elimination', () => {
    fc.assert(
      fc.property(banded([3, 67108859]), (B) => {
        const copy = bandedMatrix(B.prime, B.cols, B.rowValues.map((v, i) => ({ start: B.rowStart[i], values: v })));
        return bandedRankModP(copy, { overwrite: true }) === bandedRankModP(B);
      }),
      { seed: 7004, numRuns: 200 },
    );
  });
});
