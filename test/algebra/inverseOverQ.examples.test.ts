/** The examples that were in the TSDoc of src/algebra/inverseOverQ.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { inverseOverQ } from '../../src/algebra/inverseOverQ';
import { matFromStrings, matToStrings } from '../../src/algebra/matrix';
import { QQ } from '../../src/algebra/rationalField';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('inverseOverQ (former TSDoc examples)', () => {
  it('example 1', async () => {
    expect(shown(matToStrings(QQ, inverseOverQ(matFromStrings(QQ, [['2', '0'], ['0', '4']]))!))).toBe(shown([["1/2","0"],["0","1/4"]]));
  });
});
