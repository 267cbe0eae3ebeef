/** The examples that were in the TSDoc of src/algebra/leftKernel.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { leftKernel } from '../../src/algebra/leftKernel';
import { matFromStrings, matToStrings } from '../../src/algebra/matrix';
import { QQ } from '../../src/algebra/rationalField';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('leftKernel (former TSDoc examples)', () => {
  it('example 1', async () => {
    const A = matFromStrings(QQ, [['1', '2'], ['2', '4'], ['0', '1']]);
    expect(shown(matToStrings(QQ, leftKernel(QQ, A)))).toBe(shown([["-2","1","0"]]));
  });
});
