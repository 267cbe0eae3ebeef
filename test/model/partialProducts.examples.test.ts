/** The examples that were in the TSDoc of src/model/partialProducts.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { matToStrings } from '../../src/algebra/matrix';
import { QQ } from '../../src/algebra/rationalField';
import { pointFromStrings } from '../../src/model/networkPoint';
import { partialProducts } from '../../src/model/partialProducts';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('partialProducts (former TSDoc examples)', () => {
  it('example 1', async () => {
    const W = pointFromStrings(QQ, [[['2']], [['3']], [['5']]]);
    const { A, B } = partialProducts(QQ, W);
    expect(shown(matToStrings(QQ, A[1]))).toBe(shown([["15"]]  )); // (W_3 W_2)
    expect(shown(matToStrings(QQ, B[3]))).toBe(shown([["6"]]   )); // (W_2 W_1)
  });
});
