import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primeField } from '../../src/algebra/primeField';
import { architecture } from '../../src/model/architecture';
import { layerProduct } from '../../src/model/layerProduct';
import { Rng } from '../../src/random';
import { dimensionVector } from '../../src/quiver/intervalDecomposition';
import { patternOrbitPoint } from '../../src/verify/patternOrbitPoint';

describe('patternOrbitPoint', () => {
  it('lies on the three-block pattern (the three products vanish) with the right dimension vector', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 8 }), fc.nat(), fc.nat(), (widths, a, seed) => {
        const N = widths.length - 1;
        const n = 1 + (a % (N - 2));
        const l = n + 2 + (seed % (N - n - 1));
        const F = primeField(101);
        const rng = new Rng(seed);
        const { orbit, point } = patternOrbitPoint(F, architecture(widths), n, l, rng, () => rng.int(0, 100));
        expect(dimensionVector(orbit)).toEqual(widths);
        for (const [x, y] of [[1, n], [n + 1, l - 1], [l, N]]) {
          expect(layerProduct(F, point, x, y).every((row) => row.every((v) => v === 0))).toBe(true);
        }
      }),
      { seed: 7033, numRuns: 60 },
    );
  });

  it('refuses patterns outside 1 <= n, n + 2 <= l <= N', () => {
    const F = primeField(101);
    const rng = new Rng(1);
    expect(() => patternOrbitPoint(F, architecture([1, 1, 1, 1]), 2, 3, rng, () => 1)).toThrow(/^patternOrbitPoint: n = 2/);
    expect(() => patternOrbitPoint(F, architecture([1, 1, 1, 1, 1]), 1, 2, rng, () => 1)).toThrow(/^patternOrbitPoint: l = 2/);
  });
});
