/** The examples that were in the TSDoc of src/algebra/rref.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { matFromStrings, matToStrings } from '../../src/algebra/matrix';
import { primeField } from '../../src/algebra/primeField';
import { QQ } from '../../src/algebra/rationalField';
import { rref, type RrefResult } from '../../src/algebra/rref';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('rref (former TSDoc examples)', () => {
  it('example 1', async () => {
    const res: RrefResult<number> = rref(primeField(7), [[2, 4], [1, 2]]);
    expect(shown(res.matrix)).toBe(shown([[1, 2], [0, 0]]));
    expect(shown(res.pivots)).toBe(shown([0]));
  });
  it('example 2', async () => {
    const A = matFromStrings(QQ, [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']]);
    const { matrix, pivots } = rref(QQ, A);
    expect(shown(matToStrings(QQ, matrix))).toBe(shown([["1","0","-1"],["0","1","2"],["0","0","0"]]));
    expect(shown(pivots)).toBe(shown([0, 1]));
  });
});
