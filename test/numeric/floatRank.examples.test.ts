/** The examples that were in the TSDoc of src/numeric/floatRank.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { floatRank, type FloatRankOptions, type FloatRankResult } from '../../src/numeric/floatRank';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('floatRank (former TSDoc examples)', () => {
  it('example 1', async () => {
    const options: FloatRankOptions = { tolerances: { rankRelative: 1e-10 } };
    expect(shown(floatRank([[1, 0], [0, 1e-12]], options).rank)).toBe(shown(1));
  });
  it('example 2', async () => {
    const r: FloatRankResult = floatRank([[2, 4], [1, 2]]);
    expect(shown(r.status === 'not-finite' ? -1 : r.rank)).toBe(shown(1));
  });
});
