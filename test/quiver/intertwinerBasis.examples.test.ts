/** The examples that were in the TSDoc of src/quiver/intertwinerBasis.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { matFromStrings } from '../../src/algebra/matrix';
import { QQ } from '../../src/algebra/rationalField';
import { intertwinerBasis } from '../../src/quiver/intertwinerBasis';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('intertwinerBasis (former TSDoc examples)', () => {
  it('example 1', async () => {
    // A = B = (1 0): X_0 = x, X_N = [[x, 0], [y, z]] — three dimensions
    expect(shown(intertwinerBasis(QQ, matFromStrings(QQ, [['1', '0']]), matFromStrings(QQ, [['1', '0']])).length)).toBe(shown(3));
  });
});
