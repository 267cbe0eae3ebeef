/** The examples that were in the TSDoc of src/model/deltaMap.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { QQ } from '../../src/algebra/rationalField';
import { deltaCoordinates, deltaMap } from '../../src/model/deltaMap';
import { pointFromStrings } from '../../src/model/networkPoint';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('deltaMap (former TSDoc examples)', () => {
  it('example 1', async () => {
    const W = pointFromStrings(QQ, [[['1'], ['2']], [['3', '4']]]);  // widths (1, 2, 1)
    expect(shown(deltaCoordinates(QQ, deltaMap(QQ, W)).map(QQ.toString))).toBe(shown(["8","10","12"]));
  });
});
