/** The examples that were in the TSDoc of src/quiver/stabilizerTangent.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { matFromStrings } from '../../src/algebra/matrix';
import { QQ } from '../../src/algebra/rationalField';
import { pointFromStrings } from '../../src/model/networkPoint';
import { stabilizerLieAlgebraBasis, stabilizerOrbitTangentBasis } from '../../src/quiver/stabilizerTangent';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('stabilizerTangent (former TSDoc examples)', () => {
  it('example 1', async () => {
    const C = matFromStrings(QQ, [['1', '0']]);             // d_0 = 1, d_N = 2
    expect(shown(stabilizerLieAlgebraBasis(QQ, [1, 1, 2], C).length)).toBe(shown(4  )); // (1 + 1 + 4 − 2)
    const W = pointFromStrings(QQ, [[['1']], [['0'], ['1']]]);
    expect(shown(stabilizerOrbitTangentBasis(QQ, W, C).length)).toBe(shown(4));
  });
});
