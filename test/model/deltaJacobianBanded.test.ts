import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandedToDense } from '../../src/algebra/bandedMatrix';
import { bandedRankModP } from '../../src/algebra/bandedRankModP';
import { primeField } from '../../src/algebra/primeField';
import { rank } from '../../src/algebra/rank';
import { restrictedDeltaJacobian } from '../../src/dimension/restrictedDeltaJacobian';
import { restrictedDeltaJacobianBanded } from '../../src/dimension/restrictedDeltaJacobianBanded';
import { deltaJacobian } from '../../src/model/deltaJacobian';
import { deltaJacobianBanded } from '../../src/model/deltaJacobianBanded';

/** A width profile (depth 2..5, widths 1..3) and a point over ZZ/p with some zero entries (rank drops happen). */
const pointArb = (p: number) =>
  fc
    .array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 6 })
    .chain((widths) =>
      fc.tuple(
        fc.constant(widths),
        fc.array(fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 0, max: p - 1 })), { minLength: 60, maxLength: 60 }),
      ),
    )
    .map(([widths, pool]) => {
      let k = 0;
      return widths.slice(1).map((rows, i) => Array.from({ length: rows }, () => Array.from({ length: widths[i] }, () => pool[k++ % pool.length])));
    });

describe('banded Jacobians of delta', () => {
  for (const p of [7, 67108859, 2147483647]) {
    it(`deltaJacobianBanded equals the dense deltaJacobian entry by entry (p = ${p})`, () => {
      fc.assert(
        fc.property(pointArb(p), (point) => {
          const dense = deltaJacobian(primeField(p), point);
          expect(bandedToDense(deltaJacobianBanded(point, p))).toEqual(dense);
        }),
        { seed: 7023, numRuns: 60 },
      );
    });

    it(`restrictedDeltaJacobianBanded equals the dense dδ∘T entry by entry, and the ranks agree (p = ${p})`, () => {
      fc.assert(
        fc.property(pointArb(p), (point) => {
          const F = primeField(p);
          const dense = restrictedDeltaJacobian(F, point);
          const B = restrictedDeltaJacobianBanded(point, p);
          expect(bandedToDense(B)).toEqual(dense);
          expect(bandedRankModP(B)).toBe(rank(F, dense, B.cols));
        }),
        { seed: 7024, numRuns: 60 },
      );
    });
  }

  it('rows of Δ_i are stored on two (dδ) and three (dδ∘T) column blocks only', () => {
    const point = Array.from({ length: 6 }, () => [[1, 2], [3, 4]]);
    const J = deltaJacobianBanded(point, 101);
    const R = restrictedDeltaJacobianBanded(point, 101);
    expect(new Set(J.rowValues.map((v) => v.length))).toEqual(new Set([8]));
    expect(new Set(R.rowValues.map((v) => v.length))).toEqual(new Set([12]));
  });

  it('refuses non-residues and ragged points, naming the argument', () => {
    expect(() => deltaJacobianBanded([[[1]], [[101]]], 101)).toThrow(/^deltaJacobianBanded: point\[1\]\[0\] = 101/);
    expect(() => restrictedDeltaJacobianBanded([[[1, 2]], [[1], [1, 1]]], 101)).toThrow(/^restrictedDeltaJacobianBanded: point\[1\]\[1\]/);
  });
});
