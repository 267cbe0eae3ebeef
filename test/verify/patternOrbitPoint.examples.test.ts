/** The examples that were in the TSDoc of src/verify/patternOrbitPoint.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { primeField } from '../../src/algebra/primeField';
import { architecture } from '../../src/model/architecture';
import { layerProduct } from '../../src/model/layerProduct';
import { Rng } from '../../src/random';
import { patternOrbitPoint, seededPatternOrbitPoint } from '../../src/verify/patternOrbitPoint';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('patternOrbitPoint (former TSDoc examples)', () => {
  it('example 1', async () => {
    const F = primeField(101);
    const rng = new Rng(1);
    const { point } = patternOrbitPoint(F, architecture([2, 2, 2, 2, 2]), 1, 3, rng, () => rng.int(0, 100));
    expect(shown([layerProduct(F, point, 1, 1), layerProduct(F, point, 2, 2)])).toBe(shown([[[0, 0], [0, 0]], [[0, 0], [0, 0]]]));
  });
  it('example 2', async () => {
    const a = seededPatternOrbitPoint(architecture([2, 2, 2, 2, 2]), 1, 3, 7, 101);
    const b = seededPatternOrbitPoint(architecture([2, 2, 2, 2, 2]), 1, 3, 7, 101);
    expect(shown(JSON.stringify(a) === JSON.stringify(b))).toBe(shown(true));
  });
});
