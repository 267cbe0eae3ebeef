/** The examples that were in the TSDoc of src/quiver/orbitTangent.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { matToStrings } from '../../src/algebra/matrix';
import { QQ } from '../../src/algebra/rationalField';
import { pointFromStrings } from '../../src/model/networkPoint';
import { orbitTangent } from '../../src/quiver/orbitTangent';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('orbitTangent (former TSDoc examples)', () => {
  it('example 1', async () => {
    const W = pointFromStrings(QQ, [[['2']]]);  // depth 1 is fine here
    const xi = pointFromStrings(QQ, [[['1']], [['3']]]);
    expect(shown(orbitTangent(QQ, W, xi).map((t) => matToStrings(QQ, t)))).toBe(shown([[["4"]]]  )); // (3·2 − 2·1)
  });
});
