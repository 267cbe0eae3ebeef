/** The examples that were in the TSDoc of src/model/networkPoint.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { QQ } from '../../src/algebra/rationalField';
import { architecture } from '../../src/model/architecture';
import { checkPoint, pointFromStrings } from '../../src/model/networkPoint';

describe('networkPoint (former TSDoc examples)', () => {
  it('example 1', async () => {
    const arch = architecture([1, 1, 1]);
    const W = pointFromStrings(QQ, [[['2']], [['-1/3']]]);
    expect(() => checkPoint(arch, W)).not.toThrow(); // shapes match
    expect(() => checkPoint(architecture([1, 2, 1]), W)).toThrow(); // they do not
  });
});
