/** The examples that were in the TSDoc of src/algebra/bandedMatrix.ts (an internal module, not public API), as unit tests. */
import { describe, expect, it } from 'vitest';
import { bandedMatrix, bandedStoredEntries, bandedToDense, zeroBandedRows, type BandedMatrix } from '../../src/algebra/bandedMatrix';

const shown = (v: unknown): string => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

describe('bandedMatrix (former TSDoc examples)', () => {
  it('example 1', async () => {
    const B: BandedMatrix = bandedMatrix(7, 4, [{ start: 0, values: [1, 2] }, { start: 2, values: [3, 4] }]);
    expect(shown([B.rows, B.cols, Array.from(B.rowValues[1])])).toBe(shown([2, 4, [3, 4]]));
  });
  it('example 2', async () => {
    expect(shown(bandedMatrix(5, 3, [{ start: 1, values: [4, 0] }]).rowStart[0])).toBe(shown(1));
  });
  it('example 3', async () => {
    expect(shown(bandedToDense(bandedMatrix(7, 3, [{ start: 1, values: [5, 6] }])))).toBe(shown([[0, 5, 6]]));
  });
  it('example 4', async () => {
    expect(shown(bandedStoredEntries(bandedMatrix(7, 9, [{ start: 0, values: [1, 2] }, { start: 5, values: [3] }])))).toBe(shown(3));
  });
  it('example 5', async () => {
    expect(shown(zeroBandedRows([{ count: 2, start: 0, length: 3 }, { count: 1, start: 2, length: 2 }]).map((r) => [r.start, r.values.length]))).toBe(shown([[0, 3], [0, 3], [2, 2]]));
  });
});
