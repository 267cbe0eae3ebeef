import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowDelta, flowProblem } from '../../src/flow/flowProblem';
import { balancedInitialPoint, randomInitialPoint, randomOrthogonal } from '../../src/flow/initialPoint';
import { Rng } from '../../src/random';

const widthsArb = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 6 });
const dataFor = (widths: readonly number[]) => {
  const eye = (r: number, c: number) => Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => (i === j ? 1 : 0)));
  return flowProblem(widths, eye(widths[0], widths[0]), eye(widths[widths.length - 1], widths[0]));
};

describe('initial points', () => {
  it('randomOrthogonal: QᵀQ = I to 1e-14', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 1e9 }), (d, seed) => {
        const Q = randomOrthogonal(d, new Rng(seed));
        for (let i = 0; i < d; i++) {
          for (let j = 0; j < d; j++) {
            let s = 0;
            for (let k = 0; k < d; k++) s += Q[k * d + i] * Q[k * d + j];
            expect(Math.abs(s - (i === j ? 1 : 0))).toBeLessThan(1e-14);
          }
        }
      }),
      { seed: 7021, numRuns: 50 },
    );
  });

  it('balanced points have δ = 0 up to rounding (|δ| ≤ 1e-15 σ²), yet are not zero', () => {
    fc.assert(
      fc.property(widthsArb, fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 1e-3, max: 3, noNaN: true }), (widths, seed, scale) => {
        const theta = balancedInitialPoint(widths, new Rng(seed), scale);
        const d = [...flowDelta(dataFor(widths), theta)];
        const size = theta.reduce((s, x) => s + x * x, 0);
        expect(size).toBeGreaterThan(0);
        expect(Math.max(...d.map(Math.abs))).toBeLessThan(1e-14 * Math.max(size, scale * scale));
      }),
      { seed: 7022, numRuns: 60 },
    );
  });

  it('control: random points are not balanced', () => {
    const widths = [2, 3, 2];
    const d = [...flowDelta(dataFor(widths), randomInitialPoint(widths, new Rng(5), 1))];
    expect(Math.max(...d.map(Math.abs))).toBeGreaterThan(0.1);
  });

  it('the same seed gives the same point', () => {
    expect([...balancedInitialPoint([3, 2, 3], new Rng(9), 0.1)]).toEqual([...balancedInitialPoint([3, 2, 3], new Rng(9), 0.1)]);
  });
});
