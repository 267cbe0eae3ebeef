/** The examples that were in the TSDoc of src/algebra/rankModP.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { rankModP, type RankModPResult } from '../../src/algebra/rankModP';
import { QQ } from '../../src/algebra/rationalField';

describe('rankModP (former TSDoc examples)', () => {
  it('example 1', async () => {
    const res: RankModPResult = rankModP([[QQ.fromInt(3)]], 3);
    expect(res).toEqual({ rank: 0, prime: 3 }); // 3 = 0 mod 3
  });
});
