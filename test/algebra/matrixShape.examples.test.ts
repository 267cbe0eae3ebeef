/** The examples that were in the TSDoc of src/algebra/matrixShape.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { matrixShape, type MatrixShape } from '../../src/algebra/matrixShape';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('matrixShape (former TSDoc examples)', () => {
  it('example 1', async () => {
    const shape: MatrixShape = matrixShape('demo', [[1], [2]]);
    expect(shown(shape.rows * shape.cols)).toBe(shown(2));
  });
  it('example 2', async () => {
    expect(matrixShape('demo', [[1, 2, 3], [4, 5, 6]])).toEqual({ rows: 2, cols: 3 });
    expect(matrixShape('demo', [], 4)).toEqual({ rows: 0, cols: 4 });
  });
});
