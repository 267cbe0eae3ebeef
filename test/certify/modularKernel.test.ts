import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KERNEL_PRIMES, kernelModP, modularEchelon } from '../../src/certify/modularKernel';

const p = KERNEL_PRIMES[0];

describe('modularEchelon: rows added one at a time', () => {
  it('has the canonical kernel of all rows added, and add() says exactly when the rank rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((cols) =>
          fc.tuple(fc.constant(cols), fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }), { maxLength: 9 })),
        ),
        ([cols, rows]) => {
          const e = modularEchelon(cols, p);
          rows.forEach((row, k) => {
            const before = kernelModP(rows.slice(0, k), cols, p).length;
            expect(e.add(row)).toBe(kernelModP(rows.slice(0, k + 1), cols, p).length < before);
          });
          expect(e.kernel()).toEqual(kernelModP(rows, cols, p));
          expect(e.rank).toBe(cols - e.kernel().length);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });

  it('pins a small case: (1,1,0) then (2,2,0) (dependent) then (0,0,1): rank 2, kernel (−1, 1, 0)', () => {
    const e = modularEchelon(3, p);
    expect([e.add([1, 1, 0]), e.add([2, 2, 0]), e.add([0, 0, 1]), e.rank]).toEqual([true, false, true, 2]);
    expect(e.kernel().map((k) => k.vector)).toEqual([[p - 1, 1, 0]]);
  });

  it('refuses a modulus of 2^26 or more', () => {
    expect(() => modularEchelon(2, 2 ** 26 + 15)).toThrow(/modularEchelon: p/);
  });
});
