import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equilibrate } from '../../src/numeric/equilibrate';

describe('equilibrate', () => {
  it('puts the largest entry of every nonzero column in [1/2, 1) and keeps zero patterns and signs', () => {
    const entry = fc.oneof(fc.constant(0), fc.double({ min: -1e30, max: 1e30, noNaN: true }).filter((x) => Math.abs(x) >= 1e-30)); // no underflow below 2^-1074
    fc.assert(fc.property(fc.array(fc.array(entry, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (A) => {
      const B = equilibrate(A);
      for (let j = 0; j < 3; j++) {
        const m = Math.max(...B.map((row) => Math.abs(row[j])));
        if (m !== 0) expect(m >= 0.5 && m < 1, `column ${j}: ${m}`).toBe(true);
      }
      B.forEach((row, i) => row.forEach((x, j) => expect(Math.sign(x)).toBe(Math.sign(A[i][j]))));
    }), { seed: 7025 });
  });
  it('is D1 A D2 with D1, D2 diagonal powers of two (rank-preserving, exact)', () => {
    const A = [[3e14, 1e14], [3, 7]];
    const B = equilibrate(A);
    const ratio = B.map((row, i) => row.map((x, j) => x / A[i][j]));
    for (const row of ratio) for (const q of row) expect(Number.isInteger(Math.log2(q))).toBe(true);
    expect(ratio[0][0] * ratio[1][1]).toBe(ratio[0][1] * ratio[1][0]);
  });
});
