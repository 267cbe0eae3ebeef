import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fundamentalCircuits } from '../../src/certify/jacobianCircuits';
import { primeField } from '../../src/algebra/primeField';
import { rank } from '../../src/algebra/rank';

const p = 101;

describe('fundamentalCircuits: minimal dependent row sets for a greedy basis', () => {
  it('rows (1,0), (0,1), (1,1), (2,0): basis {0, 1}; circuits {0, 3} and {0, 1, 2}, smallest first', () => {
    expect(fundamentalCircuits([[1, 0], [0, 1], [1, 1], [2, 0]], p)).toEqual([[0, 3], [0, 1, 2]]);
  });

  it('independent rows have no circuit', () => {
    expect(fundamentalCircuits([[1, 0, 0], [0, 1, 0]], p)).toEqual([]);
  });

  it('law: every circuit is dependent and each of its proper subsets (one row dropped) is independent; one circuit per row outside the basis', () => {
    const F = primeField(p);
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const circuits = fundamentalCircuits(rows, p);
        expect(circuits.length).toBe(rows.length - rank(F, rows.map((r) => [...r])));
        for (const c of circuits) {
          expect(rank(F, c.map((j) => [...rows[j]]))).toBe(c.length - 1);
          for (const drop of c) expect(rank(F, c.filter((j) => j !== drop).map((j) => [...rows[j]]))).toBe(c.length - 1);
        }
      }),
      { seed: 4102, numRuns: 100 },
    );
  });
});
