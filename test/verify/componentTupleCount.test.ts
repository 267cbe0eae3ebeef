import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { architecture, uniformArchitecture } from '../../src/model/architecture';
import { blockComponents } from '../../src/verify/blockComponents';
import { componentTupleCount } from '../../src/verify/componentTupleCount';
import { hessianComponents } from '../../src/verify/hessianComponents';
import { hessianPatterns } from '../../src/verify/hessianPatterns';

const binomial = (n: number, k: number): number => {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
};

describe('componentTupleCount', () => {
  it('is C(N + 3w - 1, 3w + 2) for uniform width w', () => {
    for (const [N, w] of [[3, 1], [8, 2], [24, 2], [10, 3], [7, 4]]) {
      expect(componentTupleCount(uniformArchitecture(N, w))).toBe(binomial(N + 3 * w - 1, 3 * w + 2));
    }
  });

  it('equals the tuples hessianComponents walks through, and bounds its components (any profile)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 7 }), (widths) => {
        const arch = architecture(widths);
        let walked = 0;
        for (const [a, b, c] of hessianPatterns(arch.depth)) {
          walked += [a, b, c].map(([s, t]) => blockComponents(widths.slice(s - 1, t + 1)).length).reduce((x, y) => x * y, 1);
        }
        const count = componentTupleCount(arch);
        expect(count).toBe(walked);
        expect([...hessianComponents(arch)].length).toBeLessThanOrEqual(count);
      }),
      { numRuns: 40, seed: 12 },
    );
  });

  it('stops counting past the cap', () => {
    const c = componentTupleCount(uniformArchitecture(200, 2), 1e6);
    expect(c).toBeGreaterThan(1e6);
    expect(c).toBeLessThan(binomial(205, 8));
  });
});
