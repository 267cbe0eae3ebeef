/** The examples that were in the TSDoc of src/quiver/cycleNormalForm.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { matToStrings } from '../../src/algebra/matrix';
import { QQ } from '../../src/algebra/rationalField';
import { cycleNormalForm } from '../../src/quiver/cycleNormalForm';
import { cycleStringDecomposition } from '../../src/quiver/cycleString';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('cycleNormalForm (former TSDoc examples)', () => {
  it('example 1', async () => {
    // depth 3, widths (1,2,2,2): strings [1]+[1]+[2]+[2,3]+[3,0]
    const { point, C } = cycleNormalForm(QQ, cycleStringDecomposition(3, [[3, 2], [2, 2], [1, 1], [1, 1], [2, 1]]));
    expect(shown(point.map((W) => matToStrings(QQ, W)))).toBe(shown([[["0"],["0"]], [["0","0"],["0","0"]], [["0","1"],["0","0"]]]));
    expect(shown(matToStrings(QQ, C))).toBe(shown([["0","1"]]));
  });
});
