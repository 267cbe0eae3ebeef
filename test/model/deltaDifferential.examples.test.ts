/** The examples that were in the TSDoc of src/model/deltaDifferential.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { QQ } from '../../src/algebra/rationalField';
import { deltaDifferential } from '../../src/model/deltaDifferential';
import { pointFromStrings } from '../../src/model/networkPoint';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('deltaDifferential (former TSDoc examples)', () => {
  it('example 1', async () => {
    const W = pointFromStrings(QQ, [[['1']], [['1']]]);
    const dW = pointFromStrings(QQ, [[['0']], [['1']]]);
    expect(shown(deltaDifferential(QQ, W, dW).map(QQ.toString))).toBe(shown(["2"]));
  });
});
