/** The examples that were in the TSDoc of src/algebra/integerEchelonBasis.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { integerEchelonBasis } from '../../src/algebra/integerEchelonBasis';
import { ratToString, rational } from '../../src/algebra/rational';
import { QQ } from '../../src/algebra/rationalField';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('integerEchelonBasis (former TSDoc examples)', () => {
  it('example 1', async () => {
    const basis = integerEchelonBasis([[rational(1, 2), rational(1, 3), QQ.zero], [rational(2), rational(4, 3), QQ.zero]], 3);
    expect(shown(basis.map((row) => row.map(ratToString)))).toBe(shown([["3","2","0"]]));
    expect(shown(integerEchelonBasis([], 2))).toBe(shown([]));
  });
});
